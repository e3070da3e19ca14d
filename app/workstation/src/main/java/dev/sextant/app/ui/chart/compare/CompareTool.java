package dev.sextant.app.ui.chart.compare;

import javafx.beans.binding.Bindings;
import javafx.scene.Node;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * "Compare ..." on the chart's tool row and its shortcut ({@link #SHORTCUT}): lists the symbols that
 * can be compared (off the FX thread), lets the user choose one and adds it to the chart.
 */
public final class CompareTool {

    public static final KeyCombination SHORTCUT = new KeyCodeCombination(KeyCode.C, KeyCombination.SHORTCUT_DOWN,
            KeyCombination.SHIFT_DOWN);

    private final CompareViewModel vm;
    private final Node owner;

    /** @param owner the chart panel: the chooser opens over its window */
    public CompareTool(CompareViewModel vm, Node owner) {
        this.vm = vm;
        this.owner = owner;
    }

    /** The tool-row button; disabled while every compare colour is taken. */
    public Button button() {
        Button b = new Button("Compare ...", new FontIcon(MaterialDesignC.CHART_LINE_VARIANT));
        b.setId("chart-compare");
        b.setTooltip(new Tooltip("Add another symbol as % change from the first visible bar (" + SHORTCUT.getDisplayText() + ")"));
        b.disableProperty().bind(Bindings.size(vm.symbols()).greaterThanOrEqualTo(ComparePalette.size()));
        b.setOnAction(e -> open());
        return b;
    }

    /** Opens the chooser on {@link #SHORTCUT}. */
    public void onKey(KeyEvent e) {
        if (SHORTCUT.match(e)) {
            e.consume();
            if (!vm.full()) {
                open();
            }
        }
    }

    public void open() {
        vm.choices(symbols -> new CompareChooser(owner.getScene().getWindow(), symbols).showAndWait().ifPresent(vm::add),
                error -> new Alert(Alert.AlertType.ERROR, "Could not list the symbols to compare: " + error.getMessage())
                        .show());
    }
}
