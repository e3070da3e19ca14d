package dev.sextant.app.ui.regime;

import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeSnapshot;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * The regime probabilities of consecutive days as coloured cells: one row per regime, one column
 * per day (oldest left), the stronger the colour the likelier the regime; the day's classified
 * regime has an outline. Regime names on the left, a few dates below.
 */
public final class ProbabilityHeatmap extends Region {

    static final double NAME_WIDTH = 110;
    static final double DATE_HEIGHT = 20;
    private static final int MAX_DATE_LABELS = 6;
    private static final double DATE_WIDTH = 80;

    private final List<Label> names = new ArrayList<>();
    private final List<Rectangle> cells = new ArrayList<>();
    private final List<Label> dates = new ArrayList<>();
    private final List<Integer> dateColumns = new ArrayList<>();
    private List<RegimeSnapshot> days = List.of();

    public ProbabilityHeatmap() {
        setId("regime-heatmap");
        getStyleClass().add("regime-heatmap");
        setMinSize(NAME_WIDTH + 100, 7 * 12 + DATE_HEIGHT);
        setPrefSize(900, 7 * 26 + DATE_HEIGHT);
        for (MarketRegime r : MarketRegime.values()) {
            Label name = new Label(r.label());
            name.getStyleClass().add("heatmap-head");
            name.setAlignment(Pos.CENTER_LEFT);
            names.add(name);
            getChildren().add(name);
        }
    }

    /** Shows {@code days}, oldest first; an empty list clears the cells. */
    public void show(List<RegimeSnapshot> days) {
        this.days = List.copyOf(days);
        getChildren().removeAll(cells);
        getChildren().removeAll(dates);
        cells.clear();
        dates.clear();
        dateColumns.clear();
        for (RegimeSnapshot day : this.days) {
            for (MarketRegime r : MarketRegime.values()) {
                double p = day.probability(r);
                Rectangle cell = new Rectangle();
                cell.setFill(colour(p));
                if (r == day.regime()) {
                    cell.setStroke(Color.web("#e6edf3"));
                    cell.setStrokeWidth(1);
                }
                Tooltip.install(cell, new Tooltip(String.format(Locale.ROOT, "%s  %s  p %.2f", day.date(), r.label(), p)));
                cells.add(cell);
            }
        }
        int step = Math.max(1, (int) Math.ceil(this.days.size() / (double) MAX_DATE_LABELS));
        for (int col = 0; col < this.days.size(); col += step) {
            Label date = new Label(this.days.get(col).date().toString());
            date.getStyleClass().add("heatmap-head");
            dates.add(date);
            dateColumns.add(col);
        }
        getChildren().addAll(cells);
        getChildren().addAll(dates);
        requestLayout();
    }

    /** Number of days shown (for tests). */
    public int shownDays() {
        return days.size();
    }

    /** Probability 0 = dark, 1 = bright blue; by the square root, so that 0.1 and 0.3 differ visibly. */
    static Color colour(double p) {
        double a = Math.sqrt(Math.clamp(Double.isFinite(p) ? p : 0, 0, 1));
        return Color.web("#2d333b").interpolate(Color.web("#6cb6ff"), a);
    }

    @Override
    protected void layoutChildren() {
        double top = snappedTopInset();
        double left = snappedLeftInset();
        double width = getWidth() - left - snappedRightInset() - NAME_WIDTH;
        double rowHeight = (getHeight() - top - snappedBottomInset() - DATE_HEIGHT) / MarketRegime.COUNT;
        for (int r = 0; r < names.size(); r++) {
            names.get(r).resizeRelocate(left, top + r * rowHeight, NAME_WIDTH - 6, rowHeight);
        }
        if (days.isEmpty() || width <= 0 || rowHeight <= 0) {
            return;
        }
        double colWidth = width / days.size();
        double gap = colWidth > 6 ? 1 : 0;
        for (int c = 0; c < days.size(); c++) {
            for (int r = 0; r < MarketRegime.COUNT; r++) {
                Rectangle cell = cells.get(c * MarketRegime.COUNT + r);
                cell.setX(left + NAME_WIDTH + c * colWidth);
                cell.setY(top + r * rowHeight);
                cell.setWidth(Math.max(1, colWidth - gap));
                cell.setHeight(Math.max(1, rowHeight - 1));
            }
        }
        double dateTop = top + MarketRegime.COUNT * rowHeight + 2;
        double right = left + NAME_WIDTH + width;
        for (int i = 0; i < dates.size(); i++) {
            double x = Math.min(left + NAME_WIDTH + dateColumns.get(i) * colWidth, right - DATE_WIDTH);
            dates.get(i).resizeRelocate(x, dateTop, DATE_WIDTH, DATE_HEIGHT - 2);
        }
    }
}
