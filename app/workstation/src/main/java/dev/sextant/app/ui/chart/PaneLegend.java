package dev.sextant.app.ui.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * A pane's title row, like TradingView's legend: the series (price pane) or the study with its
 * parameters and its values at the bar under the crosshair (or the last bar), then the pane's
 * buttons (move up, move down, maximise or restore, close). A click on a study entry hides or shows
 * the study; a double click opens its settings.
 */
final class PaneLegend extends HBox {

    /** How long a click waits for a second click before it counts as a single click. */
    static final Duration DOUBLE_CLICK = Duration.millis(250);

    private final List<Runnable> refreshers = new ArrayList<>();
    private final HBox buttons = new HBox(2);

    PaneLegend() {
        super(10);
        setAlignment(Pos.CENTER_LEFT);
        getStyleClass().add("pane-legend");
        buttons.setAlignment(Pos.CENTER_LEFT);
        buttons.getStyleClass().add("pane-buttons");
    }

    /** The price pane's title: symbol, timeframe, OHLCV of the bar, then each overlay study. */
    void showPrice(ChartViewModel vm, ChartData data, Supplier<ChartData> current, Consumer<StudySpec> settings) {
        Label readout = new Label();
        readout.setId("chart-readout");
        readout.getStyleClass().add("chart-readout");
        readout.textProperty().bind(vm.readout());
        readout.setMinWidth(USE_PREF_SIZE);
        getChildren().add(readout);
        data.overlays().forEach(s -> getChildren().add(entry(vm, s, current, settings)));
        getChildren().add(buttons);
    }

    void showVolume(ChartViewModel vm, Supplier<ChartData> current) {
        Label entry = new Label();
        entry.getStyleClass().add("legend-entry");
        refreshers.add(() -> {
            int i = vm.legendIndex();
            entry.setText("Volume  " + (i < 0 ? "" : ChartViewModel.volume(current.get().bars().volume()[i])));
        });
        getChildren().addAll(entry, buttons);
    }

    void showStudy(ChartViewModel vm, ChartData.Study study, Supplier<ChartData> current, Consumer<StudySpec> settings) {
        getChildren().addAll(entry(vm, study, current, settings), buttons);
    }

    /** A study's legend entry; its values come from the chart's current data (streamed bars replace it). */
    private Label entry(ChartViewModel vm, ChartData.Study study, Supplier<ChartData> current, Consumer<StudySpec> settings) {
        Label entry = new Label();
        entry.getStyleClass().add("legend-entry");
        entry.setId("legend-" + ChartPane.idOf(study.spec().label()));
        entry.setTextFill(Color.web(study.spec().colour()));
        entry.setMinWidth(USE_PREF_SIZE);
        if (!study.spec().visible()) {
            entry.getStyleClass().add("legend-hidden");
        }
        entry.setTooltip(new Tooltip("Click: hide or show " + study.spec().label() + ".  Double click: settings."));
        refreshers.add(() -> entry.setText(study.spec().visible()
                ? ChartViewModel.legend(current.get().study(study.spec()), vm.legendIndex())
                : study.spec().label() + "  (hidden)"));
        PauseTransition single = new PauseTransition(DOUBLE_CLICK);
        single.setOnFinished(e -> vm.toggleVisible(study.spec()));
        entry.setOnMouseClicked(e -> {
            if (e.getButton() != MouseButton.PRIMARY) {
                return;
            }
            e.consume();
            if (e.getClickCount() >= 2) {
                single.stop();
                settings.accept(study.spec());
            } else {
                single.playFromStart();
            }
        });
        return entry;
    }

    /**
     * The pane's buttons: maximise (restore while maximised) when there are other panes; move and
     * close for panes below the price.
     */
    void showPaneButtons(ChartViewModel vm, String key, StudySpec study, boolean maximised, boolean several) {
        buttons.getChildren().clear();
        boolean lower = !key.equals(ChartSettings.PRICE);
        if (study != null && !maximised) {
            buttons.getChildren().addAll(
                    button(key, "up", new FontIcon(MaterialDesignA.ARROW_UP), "Move the pane up", () -> vm.movePane(study, -1)),
                    button(key, "down", new FontIcon(MaterialDesignA.ARROW_DOWN), "Move the pane down", () -> vm.movePane(study, 1)));
        }
        if (several) {
            buttons.getChildren().add(maximised
                    ? button(key, "restore", new FontIcon(MaterialDesignW.WINDOW_RESTORE), "Show all panes", () -> vm.maximised().set(null))
                    : button(key, "maximise", new FontIcon(MaterialDesignW.WINDOW_MAXIMIZE), "Show only this pane",
                            () -> vm.maximised().set(key)));
        }
        if (lower) {
            buttons.getChildren().add(button(key, "close", new FontIcon(MaterialDesignC.CLOSE), "Close the pane",
                    () -> {
                        if (study == null) {
                            vm.volumeInPane().set(false);
                        } else {
                            vm.removeStudy(study);
                        }
                    }));
        }
    }

    private static Button button(String key, String what, FontIcon icon, String tip, Runnable action) {
        Button b = new Button(null, icon);
        b.setId("pane-" + what + "-" + ChartPane.idOf(key));
        b.getStyleClass().addAll("pane-button", "flat");
        b.setTooltip(new Tooltip(tip));
        b.setFocusTraversable(false);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** Shows the values at the bar the view model's legends describe. */
    void refresh() {
        refreshers.forEach(Runnable::run);
    }
}
