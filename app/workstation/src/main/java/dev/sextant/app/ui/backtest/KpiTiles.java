package dev.sextant.app.ui.backtest;

import dev.sextant.app.research.report.KpiText;
import dev.sextant.app.ui.shell.KpiTile;
import dev.sextant.engine.metrics.MetricSet;
import eu.hansolo.tilesfx.Tile;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

/** The headline metrics of a run as TilesFX tiles: CAGR, Sharpe, max drawdown, win rate, profit factor, trades. */
public final class KpiTiles extends HBox {

    private final Map<String, Label> values = new LinkedHashMap<>();

    public KpiTiles() {
        super(6);
        setId("backtest-kpis");
        for (String title : KpiText.TITLES) {
            Label name = new Label(title);
            name.getStyleClass().add("kpi-title");
            Label value = new Label("-");
            value.getStyleClass().add("kpi-value");
            value.setId("kpi-" + title.toLowerCase(Locale.ROOT).replace(' ', '-'));
            VBox content = new VBox(2, name, value);
            content.setAlignment(Pos.CENTER_LEFT);
            Tile t = KpiTile.of(content, 150, 100);
            HBox.setHgrow(t, Priority.ALWAYS);
            values.put(title, value);
            getChildren().add(t);
        }
    }

    /** Shows {@code m}; {@code null} clears the tiles. */
    public void show(MetricSet m) {
        Map<String, String> texts = KpiText.of(m);
        values.forEach((title, label) -> label.setText(texts.getOrDefault(title, "-")));
    }

    /** The text a tile shows, by title (for tests). */
    public String text(String title) {
        return values.get(title).getText();
    }
}
