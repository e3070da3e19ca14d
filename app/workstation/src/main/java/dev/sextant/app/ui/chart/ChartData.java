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

    /** A mark at bar {@code index}: {@link Kind#up() up} kinds are drawn below the low, others above the high. */
    public record Marker(int index, Kind kind, String label) {

        public boolean up() {
            return kind.up();
        }
    }

    /** What a marker stands for: a study cross, a trade's entry or exit, a scanner signal. */
    public enum Kind {
        CROSS_UP(true), CROSS_DOWN(false), ENTRY(true), EXIT(false), SIGNAL(true);

        private final boolean up;

        Kind(boolean up) {
            this.up = up;
        }

        public boolean up() {
            return up;
        }
    }

    /** The same chart with {@code more} markers added. */
    public ChartData withMarkers(List<Marker> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Marker> all = new java.util.ArrayList<>(markers);
        all.addAll(more);
        return new ChartData(bars, overlays, panes, List.copyOf(all));
    }
}
