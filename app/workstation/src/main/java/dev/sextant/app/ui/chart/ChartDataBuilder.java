package dev.sextant.app.ui.chart;

import dev.sextant.engine.indicator.IndicatorCatalog;
import dev.sextant.engine.indicator.IndicatorSpec;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.CrossDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Computes the studies of one series with the engine's {@link IndicatorCatalog} (on the price each
 * study reads) and turns them into {@link ChartData}. When SMA 9 and session VWAP are both shown,
 * their crosses become markers.
 */
public final class ChartDataBuilder {

    static final String SIGNAL_COLOUR = "#e0b04c";
    static final String PLUS_DI_COLOUR = "#26a269";
    static final String MINUS_DI_COLOUR = "#e5534b";

    private final IndicatorCatalog catalog = new IndicatorCatalog();

    public ChartData build(PriceColumns bars, List<StudySpec> specs) {
        boolean intraday = bars.timeframe().isIntraday();
        List<ChartData.Study> studies = new ArrayList<>();
        double[] sma9 = null;
        double[] vwap = null;
        for (StudySpec spec : specs) {
            if (!spec.appliesTo(intraday)) {
                continue;
            }
            IndicatorSpec parsed = spec.parsed();
            Map<String, double[]> columns = catalog.compute(spec.source().asClose(bars), List.of(parsed));
            ChartData.Study study = study(spec, parsed, columns);
            studies.add(study);
            if (spec.visible() && spec.source() == PriceSource.CLOSE && spec.indicator().equals("sma:9")) {
                sma9 = study.lines().getFirst().values();
            }
            if (spec.visible() && parsed.kind() == IndicatorSpec.Kind.VWAP) {
                vwap = study.lines().getFirst().values();
            }
        }
        List<ChartData.Marker> markers = sma9 != null && vwap != null ? crosses(sma9, vwap, "SMA 9 crosses VWAP") : List.of();
        return new ChartData(bars, List.copyOf(studies), markers, TimeTicks.of(bars));
    }

    private static ChartData.Study study(StudySpec spec, IndicatorSpec parsed, Map<String, double[]> columns) {
        List<String> names = parsed.outputNames();
        String label = spec.label();
        String colour = spec.colour();
        return switch (parsed.kind()) {
            case MACD -> new ChartData.Study(spec, List.of(
                    new ChartData.Line("MACD", columns.get(names.get(0)), colour, false),
                    new ChartData.Line("signal", columns.get(names.get(1)), SIGNAL_COLOUR, false)),
                    new ChartData.Line("histogram", columns.get(names.get(2)), colour, false), List.of(0.0));
            case BB -> new ChartData.Study(spec, List.of(
                    new ChartData.Line("middle", columns.get(names.get(0)), colour, false),
                    new ChartData.Line("upper", columns.get(names.get(1)), colour, true),
                    new ChartData.Line("lower", columns.get(names.get(2)), colour, true)), null, List.of());
            case ADX -> new ChartData.Study(spec, List.of(
                    new ChartData.Line("ADX", columns.get(names.get(2)), colour, false),
                    new ChartData.Line("+DI", columns.get(names.get(0)), PLUS_DI_COLOUR, false),
                    new ChartData.Line("-DI", columns.get(names.get(1)), MINUS_DI_COLOUR, false)), null, List.of());
            case RSI -> new ChartData.Study(spec, List.of(new ChartData.Line(label, columns.get(names.getFirst()), colour, false)),
                    null, List.of(30.0, 70.0));
            default -> new ChartData.Study(spec, List.of(new ChartData.Line(label, columns.get(names.getFirst()), colour, false)),
                    null, List.of());
        };
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
