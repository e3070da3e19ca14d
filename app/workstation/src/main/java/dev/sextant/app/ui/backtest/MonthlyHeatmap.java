package dev.sextant.app.ui.backtest;

import dev.sextant.app.research.report.MonthlyReturns;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;

/**
 * Monthly returns as a grid of coloured cells (years down, months across, the year's total last):
 * green for gains, red for losses, the stronger the larger, scaled to the largest month.
 */
public final class MonthlyHeatmap extends GridPane {

    public MonthlyHeatmap() {
        setId("backtest-monthly");
        setHgap(2);
        setVgap(2);
        getStyleClass().add("monthly-heatmap");
    }

    public void show(MonthlyReturns returns) {
        getChildren().clear();
        getColumnConstraints().clear();
        if (returns == null || returns.byYear().isEmpty()) {
            return;
        }
        ColumnConstraints yearColumn = new ColumnConstraints(44);
        getColumnConstraints().add(yearColumn);
        for (int m = 0; m < 13; m++) {
            ColumnConstraints c = new ColumnConstraints(48, 60, 90);
            c.setHgrow(Priority.ALWAYS);
            c.setHalignment(HPos.CENTER);
            getColumnConstraints().add(c);
            Label head = new Label(m < 12 ? Month.of(m + 1).getDisplayName(TextStyle.SHORT, Locale.ENGLISH) : "Year");
            head.getStyleClass().add("heatmap-head");
            add(head, m + 1, 0);
        }
        double scale = Math.max(returns.maxAbs(), 1e-9);
        int row = 1;
        for (var e : returns.byYear().entrySet()) {
            Label year = new Label(Integer.toString(e.getKey()));
            year.getStyleClass().add("heatmap-head");
            add(year, 0, row);
            for (int m = 0; m < 12; m++) {
                add(cell(e.getValue()[m], scale), m + 1, row);
            }
            add(cell(returns.yearReturn(e.getKey()), Math.max(scale, Math.abs(returns.yearReturn(e.getKey())))), 13, row);
            row++;
        }
    }

    private static Label cell(double value, double scale) {
        Label l = new Label(Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", 100 * value));
        l.setMaxWidth(Double.MAX_VALUE);
        l.setAlignment(Pos.CENTER);
        l.getStyleClass().add("heatmap-cell");
        if (!Double.isNaN(value)) {
            double strength = 0.15 + 0.75 * Math.min(1, Math.abs(value) / scale);
            String rgb = value >= 0 ? "38, 162, 105" : "229, 83, 75";
            l.setStyle(String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f);", rgb, strength));
        }
        return l;
    }
}
