package dev.sextant.app.ui.chart;

import dev.sextant.engine.indicator.IndicatorCatalog;
import dev.sextant.engine.indicator.IndicatorSpec;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.CrossDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes the studies of one series with the engine's {@link IndicatorCatalog} and turns them
 * into {@link ChartData}. When both SMA 9 and session VWAP are shown, their crosses become markers.
 */
public final class ChartDataBuilder {

    private final IndicatorCatalog catalog = new IndicatorCatalog();

    public ChartData build(PriceColumns bars, Set<Study> studies) {
        boolean intraday = bars.timeframe().isIntraday();
        List<Study> shown = studies.stream().filter(s -> s.appliesTo(intraday)).sorted().toList();
        List<IndicatorSpec> specs = shown.stream().map(s -> IndicatorSpec.parse(s.spec())).toList();
        Map<String, double[]> columns = catalog.compute(bars, specs);
        List<ChartData.Line> overlays = new ArrayList<>();
        List<ChartData.Pane> panes = new ArrayList<>();
        for (int k = 0; k < shown.size(); k++) {
            Study study = shown.get(k);
            List<String> names = specs.get(k).outputNames();
            if (study.isPane()) {
                panes.add(pane(study, names, columns));
            } else {
                for (String name : names) {
                    overlays.add(new ChartData.Line(label(study, name), columns.get(name), study.ordinal()));
                }
            }
        }
        List<ChartData.Marker> markers = shown.contains(Study.SMA_9) && shown.contains(Study.VWAP)
                ? crosses(columns.get("sma_9"), columns.get("vwap"), "SMA 9 crosses VWAP")
                : List.of();
        return new ChartData(bars, overlays, panes, markers);
    }

    private static String label(Study study, String column) {
        if (column.endsWith("_upper")) {
            return "BB upper";
        }
        if (column.endsWith("_lower")) {
            return "BB lower";
        }
        return study == Study.BOLLINGER ? "BB middle" : study.label();
    }

    private static ChartData.Pane pane(Study study, List<String> names, Map<String, double[]> columns) {
        if (study == Study.MACD) {
            return new ChartData.Pane(study, List.of(
                    new ChartData.Line("MACD", columns.get(names.get(0)), 0),
                    new ChartData.Line("signal", columns.get(names.get(1)), 1)),
                    new ChartData.Line("histogram", columns.get(names.get(2)), 2));
        }
        return new ChartData.Pane(study, List.of(new ChartData.Line(study.label(), columns.get(names.getFirst()), 0)), null);
    }

    static List<ChartData.Marker> crosses(double[] fast, double[] slow, String what) {
        double[] diff = new double[fast.length];
        for (int i = 0; i < diff.length; i++) {
            diff[i] = fast[i] - slow[i];
        }
        boolean[] up = new boolean[diff.length];
        boolean[] down = new boolean[diff.length];
        CrossDetector.crosses(diff, up, down);
        List<ChartData.Marker> out = new ArrayList<>();
        for (int i = 0; i < diff.length; i++) {
            if (up[i] || down[i]) {
                out.add(new ChartData.Marker(i, up[i] ? ChartData.Kind.CROSS_UP : ChartData.Kind.CROSS_DOWN, what + (up[i] ? " up" : " down")));
            }
        }
        return out;
    }
}
