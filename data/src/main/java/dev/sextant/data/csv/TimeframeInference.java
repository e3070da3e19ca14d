package dev.sextant.data.csv;

import dev.sextant.engine.market.Timeframe;
import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * Infers an intraday timeframe from bar start times: the most common spacing between consecutive
 * bars less than a day apart (so overnight and weekend gaps, which separate sessions, do not
 * count), ties going to the shorter spacing, mapped with {@link Timeframe#ofSpacing}.
 */
final class TimeframeInference {

    private static final long SECONDS_PER_DAY = 86_400;

    private TimeframeInference() {
    }

    /** The most common spacing within a session in seconds, or empty when no two bars are less than a day apart. */
    static Optional<Long> mostCommonSpacing(long[] sortedTimes) {
        long[] spacings = new long[Math.max(0, sortedTimes.length - 1)];
        int count = 0;
        for (int i = 1; i < sortedTimes.length; i++) {
            long spacing = sortedTimes[i] - sortedTimes[i - 1];
            if (spacing > 0 && spacing < SECONDS_PER_DAY) {
                spacings[count++] = spacing;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        Arrays.sort(spacings, 0, count);
        long best = spacings[0];
        int bestRun = 0;
        for (int start = 0; start < count; ) {
            int end = start;
            while (end < count && spacings[end] == spacings[start]) {
                end++;
            }
            if (end - start > bestRun) {
                best = spacings[start];
                bestRun = end - start;
            }
            start = end;
        }
        return Optional.of(best);
    }

    /** The intraday timeframe with that spacing, if any. */
    static Optional<Timeframe> ofSpacing(long seconds) {
        return Timeframe.ofSpacing(Duration.ofSeconds(seconds)).filter(Timeframe::isIntraday);
    }
}
