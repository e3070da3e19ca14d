package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RiskAdvisorTest {

    private final RiskAdvisor advisor = new RiskAdvisor(RegimeParameters.defaults());

    private static double[] all(MarketRegime r) {
        double[] p = new double[MarketRegime.COUNT];
        p[r.ordinal()] = 1;
        return p;
    }

    private static double[] mix(MarketRegime a, MarketRegime b, double shareOfB) {
        double[] p = all(a);
        p[a.ordinal()] = 1 - shareOfB;
        p[b.ordinal()] += shareOfB;
        return p;
    }

    @Test
    void outlookComparesExpectedRiskWithTodaysRegime() {
        assertThat(advisor.outlook(MarketRegime.STRONG_BULL, all(MarketRegime.STRONG_BULL))).isEqualTo(Outlook.STABLE);
        // expected risk 0.2 × 4 = 0.8 above today's 0 → deteriorating
        assertThat(advisor.outlook(MarketRegime.STRONG_BULL, mix(MarketRegime.STRONG_BULL, MarketRegime.PANIC_CRASH, 0.2)))
                .isEqualTo(Outlook.DETERIORATING);
        // 0.05 × 4 = 0.2, inside the 0.25 margin → stable
        assertThat(advisor.outlook(MarketRegime.STRONG_BULL, mix(MarketRegime.STRONG_BULL, MarketRegime.PANIC_CRASH, 0.05)))
                .isEqualTo(Outlook.STABLE);
        assertThat(advisor.outlook(MarketRegime.PANIC_CRASH, mix(MarketRegime.PANIC_CRASH, MarketRegime.RECOVERY, 0.5)))
                .isEqualTo(Outlook.IMPROVING);
    }

    @Test
    void actionTakesTheWorseOfTodayAndTheForecast() {
        assertThat(advisor.action(MarketRegime.STRONG_BULL, all(MarketRegime.STRONG_BULL))).isEqualTo(RiskAction.STAY_INVESTED);
        assertThat(advisor.action(MarketRegime.WEAK_BULL, all(MarketRegime.WEAK_BULL))).isEqualTo(RiskAction.TIGHTEN_STOPS);
        assertThat(advisor.action(MarketRegime.WEAK_BEAR, all(MarketRegime.WEAK_BEAR))).isEqualTo(RiskAction.REDUCE_EXPOSURE);
        assertThat(advisor.action(MarketRegime.PANIC_CRASH, all(MarketRegime.RECOVERY))).isEqualTo(RiskAction.GO_TO_CASH);
        // a strong bull with a 70 % chance of a panic ahead: expected risk 2.8 → reduce exposure
        assertThat(advisor.action(MarketRegime.STRONG_BULL, mix(MarketRegime.STRONG_BULL, MarketRegime.PANIC_CRASH, 0.7)))
                .isEqualTo(RiskAction.REDUCE_EXPOSURE);
        assertThat(RiskAction.TIGHTEN_STOPS.label()).isEqualTo("tighten stops");
    }
}
