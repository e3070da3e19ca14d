package dev.sextant.app.cli;

import dev.sextant.engine.metrics.MetricKey;
import dev.sextant.app.research.WalkForwardService;
import dev.sextant.engine.walkforward.SavedWalkForward;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The readable output of a walk-forward run: a table of folds, the stitched out-of-sample summary,
 * and WFE, DSR and PBO each with one line on what the number means for the user.
 */
final class WalkForwardReport {

    private WalkForwardReport() {
    }

    static void print(SavedWalkForward run, PrintWriter out) {
        SavedWalkForward.Plan plan = run.plan();
        SavedWalkForward.Summary s = run.summary();
        out.printf(Locale.ROOT, "walk-forward %d (%s): %s, IS %s / OOS %s, step %s%s, purge %s, embargo %s; %s %s trials per fold, %s %s, seed %s%n",
                run.id(), run.name(), run.strategyId(), plan.inSample(), plan.outOfSample(), plan.step(),
                plan.anchored() ? " anchored" : " rolling", plan.purgeBars(),
                plan.embargoBars(), plan.studyField("sampler"), plan.studyField("trials"), plan.studyField("direction"),
                plan.studyField("objective"), plan.studyField("seed"));
        Table table = new Table("fold", "in-sample", "out-of-sample", "IS sharpe", "OOS sharpe", "OOS return", "WFE",
                "trades", "params");
        for (SavedWalkForward.Fold f : run.folds()) {
            table.add(String.valueOf(f.index()), f.isFrom() + ".." + f.isTo(),
                    f.oosFrom() + ".." + f.oosTo(), num(MetricKey.SHARPE.in(f.isMetrics())), num(MetricKey.SHARPE.in(f.oosMetrics())),
                    pct(MetricKey.TOTAL_RETURN.in(f.oosMetrics())), num(f.wfe().value()), String.valueOf(f.oosRoundTrips()),
                    f.params() == null ? "(no complete trial: cash)" : StudySummary.params(free(f.params(), plan.study())));
        }
        table.print(out);
        List<SavedWalkForward.EquityPoint> equity = s.oosEquity();
        SavedWalkForward.EquityPoint last = equity.get(equity.size() - 1);
        out.printf(Locale.ROOT, "stitched out-of-sample %s..%s: final equity %.2f, CAGR %s, Sharpe %s (t %s), %s trials in all%n",
                equity.get(0).date(), last.date(), last.equity(),
                pct(s.oosCagr()), num(s.oosSharpe()), num(s.oosSharpeT()), s.totalTrials());
        out.println(line("WFE", s.wfe(), WalkForwardService.WFE_MEANING));
        out.println(line("DSR", s.dsr().statistic(), WalkForwardService.DSR_MEANING));
        out.println(line("PBO", s.pbo().statistic(), WalkForwardService.PBO_MEANING));
        out.flush();
    }

    /** The searched parameters of a fold's chosen set (the fixed ones are the same in every fold). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> free(Map<String, Object> params, Map<String, Object> study) {
        Map<String, Object> fixed = (Map<String, Object>) ((Map<String, Object>) study.get("base")).get("params");
        Map<String, Object> out = new java.util.LinkedHashMap<>(params);
        fixed.keySet().forEach(out::remove);
        return out;
    }

    private static String line(String label, SavedWalkForward.Statistic stat, String meaning) {
        Double v = stat.value();
        String shown = v == null ? "n/a (" + stat.note() + ")" : num(v);
        return String.format(Locale.ROOT, "%s %s: %s", label, shown, meaning);
    }

    private static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String pct(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }
}
