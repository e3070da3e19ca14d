package dev.sextant.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The switching rule honours its gap and cool-down, and its backtest earns the active strategy's returns. */
class SwitchingDeciderTest {

    private static final int N = 120;

    /** Two curves that take turns: A gains in blocks 0, 2, 4, ... of {@code block} days, B in the others. */
    private static List<CandidateCurve> alternating(int block, double edge) {
        long[] time = new long[N];
        double[] a = new double[N];
        double[] b = new double[N];
        a[0] = 100;
        b[0] = 100;
        for (int t = 1; t < N; t++) {
            time[t] = t;
            boolean aTurn = (t / block) % 2 == 0;
            double noise = (t % 2 == 0 ? 0.001 : -0.001);
            a[t] = a[t - 1] * (1 + (aTurn ? edge : -edge) + noise);
            b[t] = b[t - 1] * (1 + (aTurn ? -edge : edge) - noise);
        }
        return List.of(new CandidateCurve("A", time, a, List.of()), new CandidateCurve("B", time, b, List.of()));
    }

    private static SwitchingBacktest.Result run(SwitchingRule rule, List<CandidateCurve> curves) {
        return SwitchingBacktest.run(new SwitchingDecider(rule, curves, new TreeMap<>(), 0), "A", 1000, 0);
    }

    @Test
    void withoutCoolDownItFollowsEveryTurnAndWithOneItWaits() {
        List<CandidateCurve> curves = alternating(8, 0.01);
        SwitchingBacktest.Result free = run(new SwitchingRule(5, 5, 0, false), curves);
        SwitchingBacktest.Result calm = run(new SwitchingRule(5, 5, 20, false), curves);
        assertThat(free.switches()).hasSizeGreaterThan(10);
        assertThat(gaps(free)).anyMatch(g -> g < 20);
        assertThat(calm.switches()).hasSizeLessThan(free.switches().size()).hasSizeGreaterThan(2);
        assertThat(gaps(calm)).allMatch(g -> g >= 20);
        assertThat(calm.switches()).allMatch(s -> s.toScore() - s.fromScore() >= 5);
        assertThat(calm.switches().getFirst().reason()).contains("gap").contains("first switch");
        assertThat(calm.switches().get(1).reason()).contains("days since the last switch >= cool-down 20");
    }

    @Test
    void aSmallerLeadThanTheGapNeverSwitches() {
        List<CandidateCurve> curves = alternating(8, 0.01);
        SwitchingBacktest.Result strict = run(new SwitchingRule(5, 100, 0, false), curves);
        assertThat(strict.switches()).isEmpty();
        SwitchingDecider decider = new SwitchingDecider(new SwitchingRule(5, 0, 0, false), curves, new TreeMap<>(), 0);
        for (StrategySwitch s : run(new SwitchingRule(5, 30, 0, false), curves).switches()) {
            int t = decider.dayOf(s.date().toEpochDay());
            var scores = decider.scores(t).orElseThrow().scores();
            assertThat(scores.get(s.to()).score() - scores.get(s.from()).score()).isGreaterThanOrEqualTo(30);
            assertThat(s.fromScore()).isEqualTo(scores.get(s.from()).score());
            assertThat(s.scores()).containsOnlyKeys("A", "B");
        }
    }

    @Test
    void theSwitchedEquityEarnsTheReturnOfTheStrategyHeldThatDay() {
        List<CandidateCurve> curves = alternating(10, 0.01);
        SwitchingBacktest.Result r = run(new SwitchingRule(5, 5, 3, false), curves);
        for (int t = 1; t < N; t++) {
            CandidateCurve held = r.active()[t].equals("A") ? curves.get(0) : curves.get(1);
            assertThat(r.equity()[t] / r.equity()[t - 1]).isCloseTo(held.equity()[t] / held.equity()[t - 1], within(1e-12));
        }
        for (StrategySwitch s : r.switches()) {
            int t = (int) s.date().toEpochDay();
            assertThat(r.active()[t]).as("decided at the close, held from the next day").isEqualTo(s.from());
            assertThat(r.active()[t + 1]).isEqualTo(s.to());
        }
        assertThat(r.switches()).allMatch(s -> s.date().toEpochDay() >= 5, "no decision before a full window");
    }

    @Test
    void byRegimeScoresOnlyTodaysRegimeDaysOrSaysWhyNot() {
        List<CandidateCurve> curves = alternating(8, 0.01);
        TreeMap<LocalDate, MarketRegime> regimes = new TreeMap<>();
        for (int t = 0; t < N; t++) {
            regimes.put(LocalDate.ofEpochDay(t), t % 3 == 0 ? MarketRegime.WEAK_BEAR : MarketRegime.STRONG_BULL);
        }
        SwitchingDecider wide = new SwitchingDecider(new SwitchingRule(60, 0, 0, true), curves, regimes, 0);
        var day = wide.scores(100).orElseThrow();
        assertThat(day.regime()).isEqualTo(MarketRegime.STRONG_BULL);
        assertThat(day.scores().get("A").days()).isEqualTo(40);
        SwitchingDecider narrow = new SwitchingDecider(new SwitchingRule(10, 0, 0, true), curves, regimes, 0);
        var few = narrow.scores(100).orElseThrow();
        assertThat(few.regime()).isNull();
        assertThat(few.note()).contains("only 7 strong_bull days");
        assertThat(few.scores().get("A").days()).isEqualTo(10);
    }

    private static List<Integer> gaps(SwitchingBacktest.Result r) {
        List<Integer> g = new java.util.ArrayList<>();
        for (int k = 1; k < r.switches().size(); k++) {
            g.add((int) (r.switches().get(k).date().toEpochDay() - r.switches().get(k - 1).date().toEpochDay()));
        }
        return g;
    }
}
