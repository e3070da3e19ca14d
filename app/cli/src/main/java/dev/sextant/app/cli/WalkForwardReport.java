package dev.sextant.app.cli;

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

    @SuppressWarnings("unchecked")
    static void print(SavedWalkForward run, PrintWriter out) {
        Map<String, Object> plan = run.plan();
        Map<String, Object> study = (Map<String, Object>) plan.get("study");
        Map<String, Object> s = run.summary();
        out.printf(Locale.ROOT, "walk-forward %d (%s): %s, IS %s / OOS %s, step %s%s, purge %s, embargo %s; %s %s trials per fold, %s %s, seed %s%n",
                run.id(), run.name(), run.strategyId(), plan.get("in_sample"), plan.get("out_of_sample"), plan.get("step"),
                Boolean.TRUE.equals(plan.get("anchored")) ? " anchored" : " rolling", plan.get("purge_bars"),
                plan.get("embargo_bars"), study.get("sampler"), study.get("trials"), study.get("direction"),
                study.get("objective"), study.get("seed"));
        Table table = new Table("fold", "in-sample", "out-of-sample", "IS sharpe", "OOS sharpe", "OOS return", "WFE",
                "trades", "params");
        for (Map<String, Object> f : run.folds()) {
            Map<String, Object> is = (Map<String, Object>) f.get("is_metrics");
            Map<String, Object> oos = (Map<String, Object>) f.get("oos_metrics");
            Map<String, Object> params = (Map<String, Object>) f.get("params");
            table.add(String.valueOf(f.get("index")), f.get("is_from") + ".." + f.get("is_to"),
                    f.get("oos_from") + ".." + f.get("oos_to"), num(is.get("sharpe")), num(oos.get("sharpe")),
                    pct(oos.get("total_return")), num(value(f.get("wfe"))), String.valueOf(f.get("oos_round_trips")),
                    params == null ? "(no complete trial: cash)" : StudySummary.params(free(params, study)));
        }
        table.print(out);
        List<Map<String, Object>> equity = (List<Map<String, Object>>) s.get("oos_equity");
        Map<String, Object> last = equity.get(equity.size() - 1);
        out.printf(Locale.ROOT, "stitched out-of-sample %s..%s: final equity %.2f, CAGR %s, Sharpe %s (t %s), %s trials in all%n",
                equity.get(0).get("date"), last.get("date"), ((Number) last.get("equity")).doubleValue(),
                pct(s.get("oos_cagr")), num(s.get("oos_sharpe")), num(s.get("oos_sharpe_t")), s.get("total_trials"));
        out.println(line("WFE", (Map<String, Object>) s.get("wfe"),
                WalkForwardService.WFE_MEANING));
        out.println(line("DSR", (Map<String, Object>) s.get("dsr"),
                WalkForwardService.DSR_MEANING));
        out.println(line("PBO", (Map<String, Object>) s.get("pbo"),
                WalkForwardService.PBO_MEANING));
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

    private static String line(String label, Map<String, Object> stat, String meaning) {
        Object v = stat.get("value");
        String shown = v == null ? "n/a (" + stat.get("note") + ")" : num(v);
        return String.format(Locale.ROOT, "%s %s: %s", label, shown, meaning);
    }

    @SuppressWarnings("unchecked")
    private static Object value(Object stat) {
        return ((Map<String, Object>) stat).get("value");
    }

    private static String num(Object v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", ((Number) v).doubleValue());
    }

    private static String pct(Object v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * ((Number) v).doubleValue());
    }
}
