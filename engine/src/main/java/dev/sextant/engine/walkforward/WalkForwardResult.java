package dev.sextant.engine.walkforward;

import dev.sextant.engine.stats.DeflatedSharpeRatio;
import dev.sextant.engine.stats.ProbabilityOfBacktestOverfitting;
import java.util.List;
import java.util.Map;

/**
 * The outcome of a walk-forward analysis.
 *
 * @param oosTime / oosEquity the stitched out-of-sample equity: every fold's out-of-sample curve,
 *        each starting from the previous fold's final equity
 * @param oosCagr annualised return of the stitched curve (from the starting capital)
 * @param oosSharpe annualised Sharpe ratio of the stitched daily returns (same definition as the
 *        {@code sharpe} metric, with the study's risk-free rate)
 * @param oosSharpeTStat {@code mean / (sd / √n)} of the stitched daily excess returns
 * @param wfe overall: oosCagr / mean of the folds' in-sample CAGR
 * @param stability per searched parameter
 * @param totalTrials trials over all folds (N of the DSR)
 * @param dsr from the stitched daily excess returns, N = totalTrials and the variance of the
 *        trials' daily Sharpe ratios; null with a note when undefined
 * @param pbo over the best distinct candidates × blocks of the whole span; null with a note when
 *        undefined
 */
public record WalkForwardResult(
        WalkForwardRequest request,
        List<FoldResult> folds,
        long[] oosTime,
        double[] oosEquity,
        Double oosCagr,
        Double oosSharpe,
        Double oosSharpeTStat,
        WalkForwardEfficiency wfe,
        Map<String, ParamStability> stability,
        int totalTrials,
        DeflatedSharpeRatio dsr,
        String dsrNote,
        ProbabilityOfBacktestOverfitting pbo,
        String pboNote,
        long elapsedMs) {
}
