package dev.sextant.data.walkforward;

import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.stats.DeflatedSharpeRatio;
import dev.sextant.engine.stats.ProbabilityOfBacktestOverfitting;
import dev.sextant.engine.walkforward.FoldResult;
import dev.sextant.engine.walkforward.ParamStability;
import dev.sextant.engine.walkforward.WalkForwardEfficiency;
import dev.sextant.engine.walkforward.WalkForwardPlan;
import dev.sextant.engine.walkforward.WalkForwardRequest;
import dev.sextant.engine.walkforward.WalkForwardResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A walk-forward result as JSON-ready maps with snake_case keys: what is stored and what
 * {@code ./sextant walkforward} prints, so a reopened run shows exactly what was computed.
 */
public final class WalkForwardMaps {

    private WalkForwardMaps() {
    }

    /** The definition: plan and the per-fold study. */
    public static Map<String, Object> plan(WalkForwardRequest request) {
        WalkForwardPlan plan = request.plan();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("in_sample", plan.inSample().toString());
        m.put("out_of_sample", plan.outOfSample().toString());
        m.put("step", plan.step().toString());
        m.put("anchored", plan.anchored());
        m.put("purge_bars", plan.purgeBars());
        m.put("embargo_bars", plan.embargoBars());
        m.put("pbo_candidates", request.pboCandidates());
        m.put("pbo_blocks", request.pboBlocks());
        m.put("study", StudyRequestMap.of(request.study()));
        return m;
    }

    /** The stitched out-of-sample results and the overfitting statistics. */
    public static Map<String, Object> summary(WalkForwardResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("oos_cagr", r.oosCagr());
        m.put("oos_sharpe", r.oosSharpe());
        m.put("oos_sharpe_t", r.oosSharpeTStat());
        m.put("wfe", efficiency(r.wfe()));
        m.put("total_trials", r.totalTrials());
        m.put("dsr", dsr(r.dsr(), r.dsrNote()));
        m.put("pbo", pbo(r.pbo(), r.pboNote()));
        Map<String, Object> stability = new LinkedHashMap<>();
        r.stability().forEach((name, s) -> stability.put(name, stability(s)));
        m.put("param_stability", stability);
        List<Map<String, Object>> equity = new ArrayList<>();
        for (int i = 0; i < r.oosTime().length; i++) {
            Map<String, Object> point = new LinkedHashMap<>();
            point.put("date", LocalDate.ofEpochDay(r.oosTime()[i]).toString());
            point.put("equity", r.oosEquity()[i]);
            equity.add(point);
        }
        m.put("oos_equity", equity);
        m.put("elapsed_ms", r.elapsedMs());
        return m;
    }

    /** What a fold row keeps besides its dates, params and metrics. */
    public static Map<String, Object> foldDetails(FoldResult f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("wfe", efficiency(f.wfe()));
        m.put("trials", f.trials());
        m.put("oos_round_trips", f.oosTrips().size());
        m.put("start_capital", f.startCapital());
        m.put("end_capital", f.endCapital());
        return m;
    }

    private static Map<String, Object> efficiency(WalkForwardEfficiency wfe) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", wfe.value());
        m.put("note", wfe.note());
        return m;
    }

    private static Map<String, Object> dsr(DeflatedSharpeRatio dsr, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", dsr == null ? null : dsr.probability());
        m.put("daily_sharpe", dsr == null ? null : dsr.sharpe());
        m.put("expected_max_daily_sharpe", dsr == null ? null : dsr.expectedMaxSharpe());
        m.put("trials", dsr == null ? null : dsr.trials());
        m.put("trial_sharpe_variance", dsr == null ? null : dsr.trialSharpeVariance());
        m.put("observations", dsr == null ? null : dsr.observations());
        m.put("skewness", dsr == null ? null : dsr.skewness());
        m.put("kurtosis", dsr == null ? null : dsr.kurtosis());
        m.put("note", note);
        return m;
    }

    private static Map<String, Object> pbo(ProbabilityOfBacktestOverfitting pbo, String note) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("value", pbo == null ? null : pbo.pbo());
        m.put("candidates", pbo == null ? null : pbo.candidates());
        m.put("blocks", pbo == null ? null : pbo.blocks());
        m.put("combinations", pbo == null ? null : pbo.combinations());
        m.put("note", note);
        return m;
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
}
