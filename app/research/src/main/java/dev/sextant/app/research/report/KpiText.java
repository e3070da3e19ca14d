package dev.sextant.app.research.report;

import dev.sextant.engine.metrics.MetricSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The headline metrics as display text, by tile title; undefined metrics read "n/a". */
public final class KpiText {

    public static final List<String> TITLES = List.of("CAGR", "Sharpe", "Max drawdown", "Win rate", "Profit factor", "Trades");

    private KpiText() {
    }

    public static Map<String, String> of(MetricSet m) {
        Map<String, String> out = new LinkedHashMap<>();
        if (m == null) {
            return out;
        }
        out.put("CAGR", pct(m.cagr()));
        out.put("Sharpe", num(m.sharpe()));
        out.put("Max drawdown", pct(m.maxDrawdown()));
        out.put("Win rate", pct(m.winRate()));
        out.put("Profit factor", num(m.profitFactor()));
        out.put("Trades", Integer.toString(m.trades()));
        return out;
    }

    /** Every metric of the run, labelled, for the comparison table and the tearsheet. */
    public static Map<String, String> all(MetricSet m) {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("Final equity", String.format(Locale.ROOT, "%,.0f", m.finalEquity()));
        out.put("Total return", pct(m.totalReturn()));
        out.put("CAGR", pct(m.cagr()));
        out.put("Sharpe", num(m.sharpe()));
        out.put("Sortino", num(m.sortino()));
        out.put("Calmar", num(m.calmar()));
        out.put("Max drawdown", pct(m.maxDrawdown()));
        out.put("Max drawdown days", Integer.toString(m.maxDrawdownDays()));
        out.put("Exposure", pct(m.exposure()));
        out.put("Trades", Integer.toString(m.trades()));
        out.put("Win rate", pct(m.winRate()));
        out.put("Profit factor", num(m.profitFactor()));
        out.put("Expectancy", num(m.expectancy()));
        out.put("SQN", num(m.sqn()));
        out.put("Avg bars held", num(m.avgBarsHeld()));
        out.put("Benchmark return", pct(m.benchmarkReturn()));
        out.put("Alpha", num(m.alpha()));
        out.put("Beta", num(m.beta()));
        return out;
    }

    public static String pct(Double v) {
        return v == null || !Double.isFinite(v) ? "n/a" : String.format(Locale.ROOT, "%.1f %%", 100 * v);
    }

    public static String num(Double v) {
        return v == null || !Double.isFinite(v) ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
