package dev.sextant.engine.bench;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.PruningRule;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.strategy.DwapBreakoutProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.walkforward.WalkForward;
import dev.sextant.engine.walkforward.WalkForwardPlan;
import dev.sextant.engine.walkforward.WalkForwardRequest;
import dev.sextant.engine.walkforward.WalkForwardResult;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Walk-forward of {@code dwap-breakout} with four free parameters (period 50–300, threshold
 * 0–0.15, stop-loss 3–20 %, trailing stop 5–30 %; the rest at their defaults except max 10
 * positions) from 2004-01-01 to 2016-12-31, 2-year in-sample / 6-month out-of-sample rolling,
 * GA with {@code trialsPerFold} trials per fold, pruning on, maximize Sharpe, PBO over 16
 * candidates × 16 blocks. Reports wall time and evaluations per second, where an evaluation is
 * one trial (its pruning run included).
 */
public final class WalkForwardBenchmark {

    private final int threads;
    private final int trialsPerFold;

    public WalkForwardBenchmark(int threads, int trialsPerFold) {
        this.threads = threads;
        this.trialsPerFold = trialsPerFold;
    }

    public record Report(int symbols, int folds, int trials, double wallSeconds, WalkForwardResult result) {

        public double evaluationsPerSecond() {
            return trials / wallSeconds;
        }

        public String format() {
            return String.format(Locale.ROOT, """
                    walk-forward dwap-breakout: %d symbols, %d folds, %d trials in %.1f s wall (%.0f evaluations/s)
                      stitched OOS: CAGR %s, Sharpe %s (t %s), WFE %s, DSR %s, PBO %s""",
                    symbols, folds, trials, wallSeconds, evaluationsPerSecond(), fmt(result.oosCagr()),
                    fmt(result.oosSharpe()), fmt(result.oosSharpeTStat()), fmt(result.wfe().value()),
                    result.dsr() == null ? result.dsrNote() : fmt(result.dsr().probability()),
                    result.pbo() == null ? result.pboNote() : fmt(result.pbo().pbo()));
        }

        private static String fmt(Double v) {
            return v == null ? "n/a" : String.format(Locale.ROOT, "%.3f", v);
        }
    }

    public Report run(List<PriceColumns> universe) {
        WalkForwardRequest request = request(universe.stream().map(PriceColumns::symbol).toList(), threads, trialsPerFold);
        long t0 = System.nanoTime();
        WalkForwardResult result = new WalkForward(StrategyCatalog.load(), new SignalCache(SignalCache.STUDY_MAX_BYTES), universe,
                new InMemoryStudyStore()).run(request, ProgressSink.NONE, Cancellation.NEVER);
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Report(universe.size(), result.folds().size(), result.totalTrials(), seconds, result);
    }

    /** The benchmark's walk-forward over {@code symbols}: {@link #study} split 2y in-sample / 6m out-of-sample, rolling. */
    public static WalkForwardRequest request(List<String> symbols, int threads, int trialsPerFold) {
        return WalkForwardRequest.of(study("bench-wf", symbols, threads, trialsPerFold), WalkForwardPlan.rolling("2y", "6m"));
    }

    /**
     * The benchmark's study over {@code symbols}: dwap-breakout from 2004 to 2016 with max 10 positions and the
     * four free parameters above, GA sampler with seed 1, pruning on.
     */
    public static StudyRequest study(String name, List<String> symbols, int threads, int trials) {
        BacktestRequest base = BacktestRequest.builder(DwapBreakoutProvider.ID, symbols)
                .from(LocalDate.of(2004, 1, 1)).to(LocalDate.of(2016, 12, 31)).maxPositions(10)
                .params(Map.of()).build();
        ParamSpace space = ParamSpace.of(
                ParamSpec.ofInt("period", 50, 300, 200, "DWAP window"),
                ParamSpec.ofFloat("threshold", 0.0, 0.15, 0.05, "breakout above DWAP"),
                ParamSpec.ofFloat("stopLoss", 0.03, 0.20, 0.08, "stop-loss"),
                ParamSpec.ofFloat("trailingStop", 0.05, 0.30, 0.12, "trailing stop"));
        return StudyRequest.builder(name, base, space).sampler(SamplerKind.GA)
                .trials(trials).seed(1).pruning(PruningRule.DEFAULT).threads(threads).build();
    }
}
