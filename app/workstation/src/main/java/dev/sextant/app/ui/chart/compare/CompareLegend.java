package dev.sextant.app.ui.chart.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntSupplier;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * The compare symbols' legend entries under the price pane's title, one a row in the line's colour:
 * the symbol and its change from the first visible bar at the crosshair ("AAPL  +12.34%"), and an x
 * button that removes it (so does the entry's context menu).
 */
public final class CompareLegend extends VBox {

    private final CompareViewModel vm;
    private final IntSupplier hover;
    private final List<Runnable> refreshers = new ArrayList<>();

    CompareLegend(CompareViewModel vm, IntSupplier hover) {
        super(0);
        this.vm = vm;
        this.hover = hover;
        getStyleClass().add("compare-legend");
        setPickOnBounds(false);
        setMaxSize(USE_PREF_SIZE, USE_PREF_SIZE);
    }

    /** A node id part for {@code symbol}: lower case, runs of other characters as one '-' ("BRK.B" gives "brk-b"). */
    public static String idOf(String symbol) {
        return symbol.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    void show(List<CompareLine> lines) {
        getChildren().clear();
        refreshers.clear();
        for (CompareLine line : lines) {
            Label entry = new Label();
            entry.setId("compare-legend-" + idOf(line.symbol()));
            entry.getStyleClass().addAll("legend-entry", "compare-entry");
            entry.setTextFill(Color.web(line.colour()));
            entry.setMinWidth(USE_PREF_SIZE);
            entry.setTooltip(new Tooltip(line.symbol() + ": change from the first visible bar; right click to remove"));
            MenuItem remove = new MenuItem("Remove " + line.symbol());
            remove.setOnAction(e -> vm.remove(line.symbol()));
            ContextMenu menu = new ContextMenu(remove);
            entry.setOnMouseClicked(e -> { // a right click, rather than the platform's menu request (headless Monocle sends none)
                if (e.getButton() == MouseButton.SECONDARY) {
                    menu.show(entry, e.getScreenX(), e.getScreenY());
                    e.consume();
                }
            });
            Button close = new Button(null, new FontIcon(MaterialDesignC.CLOSE));
            close.setId("compare-remove-" + idOf(line.symbol()));
            close.getStyleClass().addAll("pane-button", "flat");
            close.setTooltip(new Tooltip("Remove " + line.symbol() + " from the chart"));
            close.setFocusTraversable(false);
            close.setOnAction(e -> vm.remove(line.symbol()));
            HBox row = new HBox(2, entry, close);
            row.setAlignment(Pos.CENTER_LEFT);
            getChildren().add(row);
            refreshers.add(() -> entry.setText(vm.legend(line, hover.getAsInt())));
        }
    }

    /** Shows each entry's value at the bar under the crosshair (or the last visible bar). */
    void refresh() {
        refreshers.forEach(Runnable::run);
    }
}
