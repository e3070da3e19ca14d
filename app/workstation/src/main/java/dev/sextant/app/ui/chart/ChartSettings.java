package dev.sextant.app.ui.chart;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * What the workspace remembers of the chart: the studies on daily and on intraday bars, whether
 * volume has its own pane, whether the price scale fits everything drawn (not only the candles), and
 * each pane's share of the chart height by pane key ({@link #PRICE}, {@link #VOLUME} or a study's indicator), and
 * the symbols compared with the chart's (in order; absent in older files: none).
 */
public record ChartSettings(List<StudySpec> dailyStudies, List<StudySpec> intradayStudies, boolean volumeInPane,
                            boolean fitAll, Map<String, Double> paneShares, List<String> compareSymbols) {

    public static final String PRICE = "price";
    public static final String VOLUME = "volume";

    public ChartSettings {
        dailyStudies = List.copyOf(dailyStudies);
        intradayStudies = List.copyOf(intradayStudies);
        paneShares = Map.copyOf(paneShares);
        paneShares.forEach((pane, share) -> {
            if (!(share > 0 && share <= 1)) {
                throw new IllegalArgumentException("pane share of '" + pane + "' must be in (0, 1], got " + share);
            }
        });
        compareSymbols = compareSymbols == null ? List.of() : List.copyOf(compareSymbols);
        var seen = new HashSet<String>();
        for (String s : compareSymbols) {
            if (s.isBlank() || !s.strip().equals(s) || !seen.add(s)) {
                throw new IllegalArgumentException("compareSymbols: '" + s + "' is blank, padded or listed twice");
            }
        }
    }

    public static ChartSettings defaults() {
        return new ChartSettings(StudySpec.defaults(false), StudySpec.defaults(true), false, false, Map.of(), List.of());
    }
}
