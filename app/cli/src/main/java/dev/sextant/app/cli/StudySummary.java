package dev.sextant.app.cli;

import dev.sextant.engine.metrics.MetricKey;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialState;
import dev.sextant.engine.spi.ParamSpec;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The readable output of {@code ./sextant optimize}: the study, best parameters, top trials and importance. */
final class StudySummary {

    private StudySummary() {
    }

    static void print(StudyResult r, int top, PrintWriter out) {
        StudyRequest q = r.request();
        String metric = q.objective().metric();
        out.printf(Locale.ROOT, "study %s: %s on %d symbol(s) %s..%s, %s sampler, %d trials budget, %s %s, seed %d%n",
                q.name(), q.base().strategyId(), q.base().symbols().size(), text(q.base().from()), text(q.base().to()),
                q.sampler().label(), q.trials(), q.objective().direction().label(), metric, q.seed());
        out.printf(Locale.ROOT, "trials: %d complete, %d pruned, %d infeasible, %d failed (%d evaluated now, %d from the store) in %.1f s%n",
                r.count(TrialState.COMPLETE), r.count(TrialState.PRUNED), r.count(TrialState.INFEASIBLE),
                r.count(TrialState.FAILED), r.evaluated(), r.trials().size() - r.evaluated(), r.elapsedMs() / 1000.0);
        if (r.best() == null) {
            out.println("best: none (no trial completed; see the states and reasons with --json)");
        } else {
            out.printf(Locale.ROOT, "best: trial %d, %s %.4f%n", r.best().number(), metric, r.best().objectiveValue());
            out.println("  " + params(r.bestParams()));
        }
        List<String> names = q.space().params().stream().map(ParamSpec::name).toList();
        List<Trial> complete = new ArrayList<>(r.trials().stream().filter(Trial::isComplete).toList());
        complete.sort(Comparator.comparingDouble((Trial t) -> -q.objective().score(t.objectiveValue()))
                .thenComparingInt(Trial::number));
        if (!complete.isEmpty()) {
            out.printf("top %d trials:%n", Math.min(top, complete.size()));
            List<String> header = new ArrayList<>(List.of("trial", metric, MetricKey.TRADES.key(), MetricKey.CAGR.key(), "max_dd"));
            header.addAll(names);
            Table table = new Table(header.toArray(String[]::new));
            for (Trial t : complete.subList(0, Math.min(top, complete.size()))) {
                List<String> row = new ArrayList<>(List.of(String.valueOf(t.number()), num(t.objectiveValue()),
                        String.valueOf(t.metrics().get(MetricKey.TRADES.key())), num(MetricKey.CAGR.in(t.metrics())),
                        num(MetricKey.MAX_DRAWDOWN.in(t.metrics()))));
                names.forEach(n -> row.add(value(t.params().get(n))));
                table.add(row.toArray(String[]::new));
            }
            table.print(out);
        }
        if (r.importance().isEmpty()) {
            out.println("importance: needs at least 4 complete trials");
        } else {
            out.println("importance (η²: share of the objective's variance each parameter explains on its own):");
            r.importance().entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                    .forEach(e -> out.printf(Locale.ROOT, "  %-20s %.3f%n", e.getKey(), e.getValue()));
        }
        out.flush();
    }

    static String params(Map<String, Object> params) {
        List<String> parts = new ArrayList<>();
        params.forEach((k, v) -> parts.add(k + "=" + value(v)));
        return String.join(" ", parts);
    }

    static String value(Object v) {
        return v instanceof Double d ? String.format(Locale.ROOT, "%.4g", d) : String.valueOf(v);
    }

    static String num(Object v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.4f", ((Number) v).doubleValue());
    }

    private static String text(Object date) {
        return date == null ? "(all)" : date.toString();
    }
}
