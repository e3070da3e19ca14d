package dev.sextant.app.cli;

import dev.sextant.app.research.RegimeRun;
import dev.sextant.engine.regime.ForecastSkill;
import dev.sextant.engine.regime.HorizonForecast;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeFeatures;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeSnapshot;
import dev.sextant.engine.regime.RegimeSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The human-readable output of a regime run: inputs, the latest day's regime, probabilities,
 * forecast, outlook and action, a compact summary, and a timeline of the last regime changes.
 */
final class RegimeReport {

    static final int CHANGES = 10;
    private static final int BAR_DAYS = 5;
    private static final int BAR_MAX = 40;

    private RegimeReport() {
    }

    static void print(RegimeRun run, int saved, PrintWriter out) {
        List<RegimeSnapshot> days = run.days();
        out.printf(Locale.ROOT, "index %s, volatility %s, %s%n", run.symbols().index(), volatility(run), breadth(run));
        out.printf(Locale.ROOT, "%,d classified day(s) %s .. %s%n", days.size(), days.getFirst().date(), days.getLast().date());

        RegimeSnapshot today = run.latest();
        out.printf(Locale.ROOT, "%n%s: %s (p %.2f)  outlook %s  action: %s%n", today.date(), today.regime().label(),
                today.probability(today.regime()), today.outlook().label(), today.action().label());
        out.println("  probabilities: " + shares(today.probabilities()));
        out.println("  forecast: " + today.forecasts().stream().map(RegimeReport::forecast).collect(Collectors.joining(", ")));

        RegimeSummary s = run.analysis().summary();
        List<RegimeSnapshot> all = run.analysis().days();
        out.printf(Locale.ROOT, "%nsummary of all %,d classified days %s .. %s:%n", s.days(), all.getFirst().date(),
                all.getLast().date());
        out.println("  time share: " + shares(s.timeShare()));
        out.println("  forecast skill vs \"the regime persists\" (walk-forward; skill = 1 - model/persistence, > 0 beats it):");
        Table skill = new Table("horizon", "forecasts", "Brier model", "persist", "skill", "log-loss model", "persist", "skill");
        for (ForecastSkill k : s.skill()) {
            skill.add(k.horizon() + "d", String.valueOf(k.forecasts()), num(k.brierModel()), num(k.brierPersistence()),
                    num(k.brierSkill()), num(k.logLossModel()), num(k.logLossPersistence()), num(k.logLossSkill()));
        }
        skill.print(out);

        List<RegimeChange> changes = RegimeChange.last(days, CHANGES);
        if (changes.isEmpty()) {
            out.printf("%nno regime change between %s and %s%n", days.getFirst().date(), days.getLast().date());
        } else {
            out.printf("%nlast %d regime change(s) (days = classified days the new regime lasted):%n", changes.size());
            Table timeline = new Table("date", "from", "to", "days", "");
            for (RegimeChange c : changes) {
                timeline.add(c.date().toString(), c.from().label(), c.to().label(), String.valueOf(c.days()),
                        "#".repeat(Math.min(BAR_MAX, Math.max(1, c.days() / BAR_DAYS))));
            }
            timeline.print(out);
        }
        out.printf(Locale.ROOT, "%nsaved %,d daily snapshot(s) (model %s)%n", saved, RegimeModel.VERSION);
        out.flush();
    }

    private static String volatility(RegimeRun run) {
        if (run.analysis().features().volatilitySource() == RegimeFeatures.VolatilitySource.REALIZED) {
            return "none (the index's 20-day realised volatility stands in)";
        }
        return run.symbols().volatility();
    }

    private static String breadth(RegimeRun run) {
        if (run.universe() == null) {
            return "no breadth (no --universe given)";
        }
        long withBreadth = run.breadthDays();
        if (withBreadth == 0) {
            return "no breadth (universe " + run.universe() + " covers none of these days)";
        }
        return String.format(Locale.ROOT, "breadth of universe %s on %,d of %,d day(s)", run.universe(), withBreadth,
                run.days().size());
    }

    private static String forecast(HorizonForecast f) {
        return String.format(Locale.ROOT, "%dd %s %.0f%%", f.horizon(), f.mostLikely().label(),
                100 * f.probabilities()[f.mostLikely().ordinal()]);
    }

    private static String shares(double[] values) {
        StringBuilder b = new StringBuilder();
        for (MarketRegime r : MarketRegime.values()) {
            if (!b.isEmpty()) {
                b.append("  ");
            }
            b.append(String.format(Locale.ROOT, "%s %.1f%%", r.label(), 100 * values[r.ordinal()]));
        }
        return b.toString();
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.3f", v) : "n/a";
    }
}
