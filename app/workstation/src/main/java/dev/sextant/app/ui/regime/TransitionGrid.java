package dev.sextant.app.ui.regime;

import dev.sextant.engine.regime.MarketRegime;
import java.util.Locale;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;

/**
 * The day-to-day transition matrix as a grid of coloured cells: rows are today's regime, columns
 * tomorrow's, each cell the probability in %, the stronger the colour the likelier; rows sum to 100.
 */
public final class TransitionGrid extends GridPane {

    public TransitionGrid() {
        setId("regime-transitions");
        setHgap(2);
        setVgap(2);
    }

    /** Shows {@code matrix[from][to]} with the counts behind it in tooltips; null clears the grid. */
    public void show(double[][] matrix, long[][] counts) {
        getChildren().clear();
        getColumnConstraints().clear();
        if (matrix == null) {
            return;
        }
        getColumnConstraints().add(new ColumnConstraints(96));
        Label corner = new Label("from \\ to");
        corner.getStyleClass().add("heatmap-head");
        add(corner, 0, 0);
        for (MarketRegime to : MarketRegime.values()) {
            ColumnConstraints c = new ColumnConstraints(50);
            c.setHalignment(HPos.CENTER);
            getColumnConstraints().add(c);
            Label head = new Label(to.label().replace('_', '\n'));
            head.getStyleClass().add("heatmap-head");
            head.setAlignment(Pos.CENTER);
            head.setMinHeight(USE_PREF_SIZE);
            add(head, to.ordinal() + 1, 0);
        }
        for (MarketRegime from : MarketRegime.values()) {
            Label name = new Label(from.label());
            name.getStyleClass().add("heatmap-head");
            add(name, 0, from.ordinal() + 1);
            for (MarketRegime to : MarketRegime.values()) {
                double p = matrix[from.ordinal()][to.ordinal()];
                Label cell = new Label(String.format(Locale.ROOT, "%.0f", 100 * p));
                cell.getStyleClass().addAll("heatmap-cell", "transition-cell");
                cell.setMaxWidth(Double.MAX_VALUE);
                cell.setAlignment(Pos.CENTER);
                Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT, "%s → %s: %.1f %% (%d transitions seen)",
                        from.label(), to.label(), 100 * p, counts[from.ordinal()][to.ordinal()])));
                cell.setStyle("-fx-background-color: " + css(cellColour(p)) + ";");
                add(cell, to.ordinal() + 1, from.ordinal() + 1);
            }
        }
    }

    /**
     * The accent blue, the more opaque the likelier: drawn over the panel's own background, so the cell stays
     * light under dark text in the light theme and dark under light text in the dark theme (at most 70 %).
     */
    static javafx.scene.paint.Color cellColour(double p) {
        double a = Math.sqrt(Math.clamp(Double.isFinite(p) ? p : 0, 0, 1));
        return javafx.scene.paint.Color.web("#4c9be0", 0.08 + 0.62 * a);
    }

    private static String css(javafx.scene.paint.Color c) {
        return String.format(Locale.ROOT, "rgba(%d, %d, %d, %.2f)", (int) Math.round(255 * c.getRed()),
                (int) Math.round(255 * c.getGreen()), (int) Math.round(255 * c.getBlue()), c.getOpacity());
    }
}
