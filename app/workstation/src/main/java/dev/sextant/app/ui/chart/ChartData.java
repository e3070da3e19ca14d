package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the chart draws for one series: bars, studies (over the candles or in panes below),
 * markers, and the bars' calendar for the time axis.
 */
public record ChartData(PriceColumns bars, List<Study> studies, List<Marker> markers, TimeTicks calendar) {

    /** One line aligned with the bars (NaN where undefined), its colour ({@code #RRGGBB}) and whether it is dashed. */
    public record Line(String label, double[] values, String colour, boolean dashed) {
    }

    /**
     * A study's computed lines, an optional histogram drawn as bars around zero (null when none),
     * and horizontal guide levels (RSI 30 and 70, MACD 0).
     */
    public record Study(StudySpec spec, List<Line> lines, Line histogram, List<Double> guides) {

        public boolean isPane() {
            return spec.isPane();
        }
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

    /** Studies drawn over the candles. */
    public List<Study> overlays() {
        return studies.stream().filter(s -> !s.isPane()).toList();
    }

    /** Studies with a pane of their own, in order. */
    public List<Study> panes() {
        return studies.stream().filter(Study::isPane).toList();
    }

    /** The study drawn for {@code spec}. */
    public Study study(StudySpec spec) {
        return studies.stream().filter(s -> s.spec().equals(spec)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no study " + spec.label() + " on the chart of " + bars.symbol()));
    }

    /** Whether {@code other} draws the same panes and lines as this chart (only the values differ). */
    public boolean sameLayout(ChartData other) {
        return other.bars().symbol().equals(bars.symbol()) && other.bars().timeframe() == bars.timeframe()
                && other.studies().stream().map(Study::spec).toList().equals(studies.stream().map(Study::spec).toList())
                && other.hasVolume() == hasVolume();
    }

    /** Whether the series has any volume (an index such as ^VIX has none). */
    public boolean hasVolume() {
        for (double v : bars.volume()) {
            if (v > 0) {
                return true;
            }
        }
        return false;
    }

    /** The same chart with {@code more} markers added. */
    public ChartData withMarkers(List<Marker> more) {
        if (more.isEmpty()) {
            return this;
        }
        List<Marker> all = new ArrayList<>(markers);
        all.addAll(more);
        return new ChartData(bars, studies, List.copyOf(all), calendar);
    }
}
