package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;

/** Everything the chart draws for one series: bars, overlay lines, lower panes and markers. */
public record ChartData(PriceColumns bars, List<Line> overlays, List<Pane> panes, List<Marker> markers) {

    /** One line aligned with the bars (NaN where undefined); {@code slot} picks its colour. */
    public record Line(String label, double[] values, int slot) {
    }

    /** A lower pane: its lines, and an optional histogram (null when none) drawn as bars around zero. */
    public record Pane(Study study, List<Line> lines, Line histogram) {
    }

    /** A signal at bar {@code index}: {@code up} crosses are drawn below the low, others above the high. */
    public record Marker(int index, boolean up, String label) {
    }
}
