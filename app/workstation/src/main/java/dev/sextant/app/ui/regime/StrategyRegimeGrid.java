package dev.sextant.app.ui.regime;

import dev.sextant.app.research.report.StrategyRegimeCells;
import dev.sextant.app.research.RegimeSplit;
import dev.sextant.engine.regime.MarketRegime;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.Priority;

/**
 * The strategy × regime heatmap as a grid of coloured cells: one row per strategy (its latest saved
 * backtest), one column per regime, each cell the chosen metric of the strategy's days in that
 * regime; green above the metric's neutral value, red below, the stronger the farther (scaled to the
 * grid's largest distance), grey "–" where the data is too thin. The legend row below gives the scale.
 */
public final class StrategyRegimeGrid extends GridPane {

    static final String GAIN_RGB = "38, 162, 105";
    static final String LOSS_RGB = "229, 83, 75";

    private StrategyRegimeCells shown;

    public StrategyRegimeGrid() {
        setId("regime-strategies");
        setHgap(2);
        setVgap(1);
    }

    /** Shows {@code cells}; null or no rows clears the grid. */
    public void show(StrategyRegimeCells cells) {
        this.shown = cells;
        getChildren().clear();
        getColumnConstraints().clear();
        if (cells == null || cells.rows().isEmpty()) {
            return;
        }
        getColumnConstraints().add(new ColumnConstraints(130, 150, 220));
        for (MarketRegime regime : MarketRegime.values()) {
            ColumnConstraints c = new ColumnConstraints(56, 70, 110);
            c.setHgrow(Priority.ALWAYS);
            c.setHalignment(HPos.CENTER);
            getColumnConstraints().add(c);
            Label head = new Label(regime.label().replace('_', '\n'));
            head.getStyleClass().add("heatmap-head");
            head.setAlignment(Pos.CENTER);
            head.setMinHeight(USE_PREF_SIZE);
            add(head, regime.ordinal() + 1, 0);
        }
        for (int r = 0; r < cells.rows().size(); r++) {
            RegimeSplit split = cells.rows().get(r);
            Label name = new Label(split.strategy() + "  #" + split.runId());
            name.getStyleClass().add("heatmap-head");
            name.setMinWidth(USE_PREF_SIZE);
            Tooltip.install(name, new Tooltip(String.format(Locale.ROOT, "run %d: %s on %d symbol%s, saved %s; regimes of %s",
                    split.runId(), split.strategy(), split.symbols(), split.symbols() == 1 ? "" : "s", split.finishedAt(),
                    split.byRegime().index())));
            add(name, 0, r + 1);
            for (MarketRegime regime : MarketRegime.values()) {
                add(cell(cells, r, regime), regime.ordinal() + 1, r + 1);
            }
        }
        add(legend(cells), 0, cells.rows().size() + 1, MarketRegime.COUNT + 1, 1);
    }

    private static Label cell(StrategyRegimeCells cells, int row, MarketRegime regime) {
        Label l = new Label(cells.text(row, regime));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        l.getStyleClass().addAll("heatmap-cell", "transition-cell"); // the compact cells of the transition matrix
        l.setStyle(background(cells.strength(row, regime), cells.value(row, regime) != null));
        Tooltip.install(l, new Tooltip(cells.describe(row, regime)));
        return l;
    }

    /** Green for strength above 0, red below, the stronger the farther; a muted grey for no value. */
    static String background(double strength, boolean hasValue) {
        if (!hasValue) {
            return "-fx-background-color: rgba(99, 110, 123, 0.18);";
        }
        double alpha = 0.15 + 0.75 * Math.abs(strength);
        return String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f);", strength >= 0 ? GAIN_RGB : LOSS_RGB, alpha);
    }

    /** The scale: the metric, swatches from the grid's lowest to its highest value, and what "–" means. */
    private static HBox legend(StrategyRegimeCells cells) {
        HBox legend = new HBox(4);
        legend.setId("regime-strategies-legend");
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().add(legendText(cells.metric() + ":  " + cells.legendLow()));
        for (double strength : new double[] {-1, -0.5, 0, 0.5, 1}) {
            Region swatch = new Region();
            swatch.setPrefSize(22, 14);
            swatch.setMinSize(22, 14);
            swatch.setStyle(background(strength, true));
            legend.getChildren().add(swatch);
        }
        legend.getChildren().addAll(legendText(cells.legendHigh()), legendText("   – : " + cells.metric().missing()));
        GridPane.setMargin(legend, new javafx.geometry.Insets(4, 0, 0, 0));
        return legend;
    }

    private static Label legendText(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("heatmap-head");
        l.setMinWidth(USE_PREF_SIZE);
        return l;
    }

    /** The cells shown, null before any (for tests). */
    public StrategyRegimeCells shown() {
        return shown;
    }
}
