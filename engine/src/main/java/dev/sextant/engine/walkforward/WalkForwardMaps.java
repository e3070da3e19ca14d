package dev.sextant.engine.walkforward;

import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.stats.DeflatedSharpeRatio;
import dev.sextant.engine.stats.ProbabilityOfBacktestOverfitting;
import dev.sextant.engine.walkforward.SavedWalkForward.Deflated;
import dev.sextant.engine.walkforward.SavedWalkForward.EquityPoint;
import dev.sextant.engine.walkforward.SavedWalkForward.Fold;
import dev.sextant.engine.walkforward.SavedWalkForward.Overfitting;
import dev.sextant.engine.walkforward.SavedWalkForward.Plan;
import dev.sextant.engine.walkforward.SavedWalkForward.Statistic;
import dev.sextant.engine.walkforward.SavedWalkForward.Summary;
import java.time.LocalDate;
import java.util.Collections;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A walk-forward result as JSON-ready maps with snake_case keys: what is stored and what
 * {@code ./sextant walkforward} prints, so a reopened run shows exactly what was computed. The stored maps are read
 * back into the typed {@link SavedWalkForward} records ({@code plan}, {@code summary}, {@code fold}) and written out
 * again from them ({@code document}), with the same keys in the same order.
 */
public final class WalkForwardMaps {

    private WalkForwardMaps() {
    }

    /** The definition: plan and the per-fold study. */
    public static Map<String, Object> plan(WalkForwardRequest request) {
        WalkForwardPlan plan = request.plan();
        return document(new Plan(plan.inSample().toString(), plan.outOfSample().toString(), plan.step().toString(),
                plan.anchored(), plan.purgeBars(), plan.embargoBars(), request.pboCandidates(), request.pboBlocks(),
                StudyRequestMap.of(request.study())));
    }

    /** The stitched out-of-sample results and the overfitting statistics. */
    public static Map<String, Object> summary(WalkForwardResult r) {
        DeflatedSharpeRatio d = r.dsr();
        ProbabilityOfBacktestOverfitting o = r.pbo();
        List<EquityPoint> equity = new ArrayList<>();
        for (int i = 0; i < r.oosTime().length; i++) {
            equity.add(new EquityPoint(LocalDate.ofEpochDay(r.oosTime()[i]), r.oosEquity()[i]));
        }
        return document(new Summary(r.oosCagr(), r.oosSharpe(), r.oosSharpeTStat(), statistic(r.wfe()),
                r.totalTrials(),
                d == null ? new Deflated(null, null, null, null, null, null, null, null, r.dsrNote())
                        : new Deflated(d.probability(), d.sharpe(), d.expectedMaxSharpe(), d.trials(),
                                d.trialSharpeVariance(), d.observations(), d.skewness(), d.kurtosis(), r.dsrNote()),
                o == null ? new Overfitting(null, null, null, null, r.pboNote())
                        : new Overfitting(o.pbo(), o.candidates(), o.blocks(), o.combinations(), r.pboNote()),
                r.stability(), equity, r.elapsedMs()));
    }

    /** What a fold row keeps besides its dates, params and metrics. */
    public static Map<String, Object> foldDetails(FoldResult f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wfe", document(statistic(f.wfe())));
        m.put("trials", f.trials());
        m.put("oos_round_trips", f.oosTrips().size());
        m.put("start_capital", f.startCapital());
        m.put("end_capital", f.endCapital());
        return m;
    }

    private static Statistic statistic(WalkForwardEfficiency wfe) {
        return new Statistic(wfe.value(), wfe.note());
    }

    private static Map<String, Object> stability(ParamStability s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("folds", s.folds());
        m.put("mean", s.mean());
        m.put("std_dev", s.stdDev());
        m.put("coefficient_of_variation", s.coefficientOfVariation());
        m.put("mode", s.mode());
        m.put("mode_share", s.modeShare());
        return m;
    }

    /** A stored plan map read back. */
    @SuppressWarnings("unchecked")
    public static Plan plan(Map<String, Object> m) {
        return new Plan(text(m.get("in_sample")), text(m.get("out_of_sample")), text(m.get("step")),
                Boolean.TRUE.equals(m.get("anchored")), integer(m.get("purge_bars")), integer(m.get("embargo_bars")),
                integer(m.get("pbo_candidates")), integer(m.get("pbo_blocks")), (Map<String, Object>) m.get("study"));
    }

    /** A stored summary map read back. */
    @SuppressWarnings("unchecked")
    public static Summary summary(Map<String, Object> m) {
        Map<String, Object> wfe = (Map<String, Object>) m.get("wfe");
        Map<String, Object> dsr = (Map<String, Object>) m.get("dsr");
        Map<String, Object> pbo = (Map<String, Object>) m.get("pbo");
        Map<String, ParamStability> stability = new LinkedHashMap<>();
        ((Map<String, Object>) m.get("param_stability")).forEach((name, v) -> {
            Map<String, Object> p = (Map<String, Object>) v;
            stability.put(name, new ParamStability(name, integer(p.get("folds")), real(p.get("mean")),
                    real(p.get("std_dev")), real(p.get("coefficient_of_variation")),
                    p.get("mode") == null ? null : text(p.get("mode")), real(p.get("mode_share"))));
        });
        List<EquityPoint> equity = new ArrayList<>();
        for (Object o : (List<Object>) m.get("oos_equity")) {
            Map<String, Object> point = (Map<String, Object>) o;
            equity.add(new EquityPoint(LocalDate.parse(text(point.get("date"))), real(point.get("equity"))));
        }
        return new Summary(real(m.get("oos_cagr")), real(m.get("oos_sharpe")), real(m.get("oos_sharpe_t")),
                statistic(wfe), integer(m.get("total_trials")),
                new Deflated(real(dsr.get("value")), real(dsr.get("daily_sharpe")),
                        real(dsr.get("expected_max_daily_sharpe")), optionalInteger(dsr.get("trials")),
                        real(dsr.get("trial_sharpe_variance")), optionalInteger(dsr.get("observations")),
                        real(dsr.get("skewness")), real(dsr.get("kurtosis")), note(dsr)),
                new Overfitting(real(pbo.get("value")), optionalInteger(pbo.get("candidates")),
                        optionalInteger(pbo.get("blocks")), optionalInteger(pbo.get("combinations")), note(pbo)),
                stability, equity, ((Number) m.get("elapsed_ms")).longValue());
    }

    /** A stored fold read back: its windows, chosen parameters (null: none), metric maps and {@link #foldDetails}. */
    @SuppressWarnings("unchecked")
    public static Fold fold(int index, LocalDate isFrom, LocalDate isTo, LocalDate oosFrom, LocalDate oosTo,
            Map<String, Object> params, Map<String, Object> isMetrics, Map<String, Object> oosMetrics,
            Map<String, Object> details) {
        return new Fold(index, isFrom, isTo, oosFrom, oosTo, params == null ? null : ordered(params), metrics(isMetrics),
                metrics(oosMetrics), statistic((Map<String, Object>) details.get("wfe")), integer(details.get("trials")),
                integer(details.get("oos_round_trips")), real(details.get("start_capital")),
                real(details.get("end_capital")));
    }

    /** The JSON document of a saved run's plan, as {@link #plan(WalkForwardRequest)} wrote it. */
    public static Map<String, Object> document(Plan p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("in_sample", p.inSample());
        m.put("out_of_sample", p.outOfSample());
        m.put("step", p.step());
        m.put("anchored", p.anchored());
        m.put("purge_bars", p.purgeBars());
        m.put("embargo_bars", p.embargoBars());
        m.put("pbo_candidates", p.pboCandidates());
        m.put("pbo_blocks", p.pboBlocks());
        m.put("study", p.study());
        return m;
    }

    /** The JSON document of a saved run's summary, as {@link #summary(WalkForwardResult)} wrote it. */
    public static Map<String, Object> document(Summary s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("oos_cagr", s.oosCagr());
        m.put("oos_sharpe", s.oosSharpe());
        m.put("oos_sharpe_t", s.oosSharpeT());
        m.put("wfe", document(s.wfe()));
        m.put("total_trials", s.totalTrials());
        Deflated d = s.dsr();
        Map<String, Object> dsr = new LinkedHashMap<>();
        dsr.put("value", d.value());
        dsr.put("daily_sharpe", d.dailySharpe());
        dsr.put("expected_max_daily_sharpe", d.expectedMaxDailySharpe());
        dsr.put("trials", d.trials());
        dsr.put("trial_sharpe_variance", d.trialSharpeVariance());
        dsr.put("observations", d.observations());
        dsr.put("skewness", d.skewness());
        dsr.put("kurtosis", d.kurtosis());
        dsr.put("note", d.note());
        m.put("dsr", dsr);
        Overfitting o = s.pbo();
        Map<String, Object> pbo = new LinkedHashMap<>();
        pbo.put("value", o.value());
        pbo.put("candidates", o.candidates());
        pbo.put("blocks", o.blocks());
        pbo.put("combinations", o.combinations());
        pbo.put("note", o.note());
        m.put("pbo", pbo);
        Map<String, Object> stability = new LinkedHashMap<>();
        s.paramStability().forEach((name, p) -> stability.put(name, stability(p)));
        m.put("param_stability", stability);
        List<Map<String, Object>> equity = new ArrayList<>();
        for (EquityPoint e : s.oosEquity()) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", e.date().toString());
            point.put("equity", e.equity());
            equity.add(point);
        }
        m.put("oos_equity", equity);
        m.put("elapsed_ms", s.elapsedMs());
        return m;
    }

    /** The JSON document of a saved fold: windows, params, metrics, then {@link #foldDetails}. */
    public static Map<String, Object> document(Fold f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", f.index());
        m.put("is_from", f.isFrom().toString());
        m.put("is_to", f.isTo().toString());
        m.put("oos_from", f.oosFrom().toString());
        m.put("oos_to", f.oosTo().toString());
        m.put("params", f.params());
        m.put("is_metrics", f.isMetrics());
        m.put("oos_metrics", f.oosMetrics());
        m.put("wfe", document(f.wfe()));
        m.put("trials", f.trials());
        m.put("oos_round_trips", f.oosRoundTrips());
        m.put("start_capital", f.startCapital());
        m.put("end_capital", f.endCapital());
        return m;
    }

    private static Map<String, Object> document(Statistic s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", s.value());
        m.put("note", s.note());
        return m;
    }

    private static Statistic statistic(Map<String, Object> m) {
        return new Statistic(real(m.get("value")), note(m));
    }

    private static String note(Map<String, Object> m) {
        return m.get("note") == null ? null : text(m.get("note"));
    }

    private static Map<String, Double> metrics(Map<String, Object> m) {
        Map<String, Double> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, real(v)));
        return Collections.unmodifiableMap(out);
    }

    private static Map<String, Object> ordered(Map<String, Object> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    private static String text(Object o) {
        return String.valueOf(o);
    }

    private static int integer(Object o) {
        return ((Number) o).intValue();
    }

    private static Integer optionalInteger(Object o) {
        return o == null ? null : ((Number) o).intValue();
    }

    /** A stored number (null stays null; non-finite values are stored as text by the JSON writer). */
    private static Double real(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof Number n ? n.doubleValue() : Double.valueOf(o.toString());
    }
}
