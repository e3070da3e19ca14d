package dev.sextant.engine.walkforward;

import dev.sextant.engine.optimize.StudyRequest;
import java.util.Objects;

/**
 * A walk-forward analysis.
 *
 * @param study the optimization run on every fold's in-sample window: its base backtest gives
 *        symbols, the whole span (from/to), starting capital and costs; trials are per fold; fold k
 *        is studied under the name {@code <study name>/fold-<k>} with seed {@code seed + k}
 * @param pboCandidates N for PBO: the best N distinct parameter sets over all folds' trials
 * @param pboBlocks S for PBO (even)
 */
public record WalkForwardRequest(StudyRequest study, WalkForwardPlan plan, int pboCandidates, int pboBlocks) {

    public WalkForwardRequest {
        Objects.requireNonNull(study, "study");
        Objects.requireNonNull(plan, "plan");
        if (pboCandidates < 2) {
            throw new IllegalArgumentException("PBO needs at least 2 candidates, got " + pboCandidates);
        }
        if (pboBlocks < 2 || pboBlocks % 2 != 0) {
            throw new IllegalArgumentException("PBO blocks must be even and >= 2, got " + pboBlocks);
        }
    }

    /** 16 PBO candidates over 16 blocks. */
    public static WalkForwardRequest of(StudyRequest study, WalkForwardPlan plan) {
        return new WalkForwardRequest(study, plan, 16, 16);
    }
}
