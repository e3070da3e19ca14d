package dev.sextant.app.cli;

import dev.sextant.app.research.RegimeRun;
import dev.sextant.app.research.RegimeService;
import dev.sextant.engine.regime.ForecastSkill;
import dev.sextant.engine.regime.HorizonForecast;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeSnapshot;
import dev.sextant.engine.regime.RegimeSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a regime run: {@code {inputs, days, summary}}. {@code days} are the classified
 * days from --from to --to; {@code summary} covers every classified day of the run (the whole
 * history up to --to), because forecast skill needs the long record. Probabilities are keyed by
 * regime label; undefined numbers are null.
 */
final class RegimeDocument {

    private RegimeDocument() {
    }

    static Map<String, Object> of(RegimeRun run) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("inputs", RegimeService.inputs(run));
        doc.put("days", run.days().stream().map(RegimeDocument::day).toList());
        doc.put("summary", summary(run));
        return doc;
    }

    private static Map<String, Object> day(RegimeSnapshot s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", s.date().toString());
        m.put("regime", s.regime().label());
        m.put("probabilities", byRegime(s.probabilities()));
        m.put("breadth", s.breadth());
        m.put("forecast", s.forecasts().stream().map(RegimeDocument::forecast).toList());
        m.put("outlook", s.outlook().label());
        m.put("action", s.action().label());
        return m;
    }

    private static Map<String, Object> forecast(HorizonForecast f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("horizon", f.horizon());
        m.put("most_likely", f.mostLikely().label());
        m.put("expected_risk", finite(f.expectedRisk()));
        m.put("probabilities", byRegime(f.probabilities()));
        return m;
    }

    private static Map<String, Object> summary(RegimeRun run) {
        RegimeSummary s = run.analysis().summary();
        List<RegimeSnapshot> all = run.analysis().days();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("from", all.getFirst().date().toString());
        m.put("to", all.getLast().date().toString());
        m.put("days", s.days());
        m.put("breadth_days", s.breadthDays());
        m.put("time_share", byRegime(s.timeShare()));
        Map<String, Object> matrix = new LinkedHashMap<>();
        Map<String, Object> counts = new LinkedHashMap<>();
        for (MarketRegime from : MarketRegime.values()) {
            matrix.put(from.label(), byRegime(s.transitionMatrix()[from.ordinal()]));
            Map<String, Long> row = new LinkedHashMap<>();
            for (MarketRegime to : MarketRegime.values()) {
                row.put(to.label(), s.transitionCounts()[from.ordinal()][to.ordinal()]);
            }
            counts.put(from.label(), row);
        }
        m.put("transition_matrix", matrix);
        m.put("transition_counts", counts);
        m.put("forecast_skill", s.skill().stream().map(RegimeDocument::skill).toList());
        return m;
    }

    private static Map<String, Object> skill(ForecastSkill k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("horizon", k.horizon());
        m.put("forecasts", k.forecasts());
        m.put("brier_model", finite(k.brierModel()));
        m.put("brier_persistence", finite(k.brierPersistence()));
        m.put("brier_skill", finite(k.brierSkill()));
        m.put("log_loss_model", finite(k.logLossModel()));
        m.put("log_loss_persistence", finite(k.logLossPersistence()));
        m.put("log_loss_skill", finite(k.logLossSkill()));
        return m;
    }

    private static Map<String, Double> byRegime(double[] values) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (MarketRegime r : MarketRegime.values()) {
            m.put(r.label(), finite(values[r.ordinal()]));
        }
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
