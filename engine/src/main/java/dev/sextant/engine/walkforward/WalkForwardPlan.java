package dev.sextant.engine.walkforward;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * How a span is cut into folds. Let B0 be {@code inSample} after the first bar and
 * B<sub>k</sub> = B0 + k·{@code step} (calendar steps are added to B0's date, not chained).
 * Fold k:
 * <ul>
 *   <li>in-sample: from bar A<sub>k</sub> = k·{@code step} after the first bar (rolling) or the
 *       first bar itself (anchored), up to but excluding B<sub>k</sub> − {@code purgeBars}: the
 *       purged bars right before the out-of-sample window are used by neither side;</li>
 *   <li>out-of-sample: from B<sub>k</sub> + {@code embargoBars} (bars skipped after
 *       re-optimizing) up to the next fold's out-of-sample start when {@code outOfSample} equals
 *       {@code step} (back-to-back windows), else {@code outOfSample} long but never past the next
 *       fold's start; the last one is cut at the end of the data.</li>
 * </ul>
 * Out-of-sample windows are therefore ordered and disjoint; {@code step} shorter than
 * {@code outOfSample} (same unit) is refused because the windows would overlap.
 */
public record WalkForwardPlan(WindowLength inSample, WindowLength outOfSample, WindowLength step, boolean anchored,
        int purgeBars, int embargoBars) {

    public WalkForwardPlan {
        Objects.requireNonNull(inSample, "inSample");
        Objects.requireNonNull(outOfSample, "outOfSample");
        step = step == null ? outOfSample : step;
        if (purgeBars < 0 || embargoBars < 0) {
            throw new IllegalArgumentException("purge and embargo must be >= 0 bars");
        }
        if (step.unit() == outOfSample.unit() && step.amount() < outOfSample.amount()) {
            throw new IllegalArgumentException("step " + step + " is shorter than the out-of-sample window " + outOfSample
                    + ": out-of-sample windows would overlap");
        }
    }

    /** Rolling windows, step = out-of-sample length, no purge or embargo. */
    public static WalkForwardPlan rolling(String inSample, String outOfSample) {
        return new WalkForwardPlan(WindowLength.parse(inSample), WindowLength.parse(outOfSample), null, false, 0, 0);
    }

    /** The folds over {@code calendar} (ascending epoch days); folds need at least 2 in-sample bars and 1 out-of-sample bar. */
    public List<Fold> folds(long[] calendar) {
        int n = calendar.length;
        int b0 = inSample.advance(calendar, 0, 1);
        List<Fold> folds = new ArrayList<>();
        for (int k = 0; ; k++) {
            int b = step.advance(calendar, b0, k);
            int oosStart = b + embargoBars;
            if (b >= n || oosStart >= n) {
                return folds;
            }
            int nextStart = Math.min(n, step.advance(calendar, b0, k + 1) + embargoBars);
            int oosEnd = outOfSample.equals(step) ? nextStart
                    : Math.min(nextStart, outOfSample.advance(calendar, oosStart, 1));
            int isStart = anchored ? 0 : Math.min(b, step.advance(calendar, 0, k));
            int isEnd = b - purgeBars;
            if (isEnd - isStart >= 2 && oosEnd > oosStart) {
                folds.add(Fold.of(folds.size(), isStart, isEnd, oosStart, oosEnd, calendar));
            }
        }
    }
}
