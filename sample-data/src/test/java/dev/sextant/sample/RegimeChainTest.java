package dev.sextant.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RegimeChainTest {

    @Test
    void everyCompletedRegimeLastsAtLeastItsMinimumDwell() {
        Regime[] path = RegimeChain.path(50_000, Regime.RANGE_BOUND, Noise.stream(7, "regime-chain-test"));
        int start = 0;
        for (int day = 1; day < path.length; day++) {
            if (path[day] != path[day - 1]) {
                assertThat(day - start).as("dwell of %s from day %d", path[start], start)
                        .isGreaterThanOrEqualTo(path[start].minDwellDays());
                start = day;
            }
        }
    }

    @Test
    void aLongPathVisitsEveryRegime() {
        Regime[] path = RegimeChain.path(50_000, Regime.STRONG_BULL, Noise.stream(11, "regime-chain-test"));
        Set<Regime> seen = EnumSet.noneOf(Regime.class);
        for (Regime regime : path) {
            seen.add(regime);
        }
        assertThat(seen).containsExactlyInAnyOrder(Regime.values());
    }

    @Test
    void labelsAreTheSevenRegimeNames() {
        assertThat(Regime.values()).extracting(Regime::label).containsExactly("strong_bull", "weak_bull",
                "rotating_bull", "range_bound", "weak_bear", "panic_crash", "recovery");
        assertThat(Regime.fromLabel("panic_crash")).isEqualTo(Regime.PANIC_CRASH);
    }
}
