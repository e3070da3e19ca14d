package dev.sextant.app.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.backtest.AccountRules;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.ReturnMode;
import dev.sextant.engine.backtest.SizingRule;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Bounds on what a user asks a new run for: capital in (0, 1e12], fractions of equity in (0, 1]. */
class SimulationChoicesTest {

    @Test
    void capitalIsPositiveAndAtMostATrillion() {
        assertThat(SimulationChoices.capital("1e12")).isEqualTo(1e12);
        assertThatThrownBy(() -> SimulationChoices.capital("1e300")).hasMessage("capital must be at most 1e12, got 1e300");
        assertThatThrownBy(() -> SimulationChoices.capital("Infinity")).hasMessage("capital must be at most 1e12, got Infinity");
        assertThatThrownBy(() -> SimulationChoices.capital("0")).hasMessage("capital must be positive, got 0");
    }

    @Test
    void fractionsOfEquityAreInZeroToOneAndAVolatilityTargetIsPositive() {
        assertThat(SimulationChoices.sizing("fixed-fraction:1")).isEqualTo(new SizingRule.FixedFraction(1));
        assertThat(SimulationChoices.sizing("atr-risk:0.01")).isEqualTo(new SizingRule.AtrRisk(0.01));
        assertThat(SimulationChoices.sizing("vol-target:0.15")).isEqualTo(new SizingRule.VolTarget(0.15));
        assertThat(SimulationChoices.sizing("equal-weight")).isEqualTo(new SizingRule.EqualWeight());
        assertThatThrownBy(() -> SimulationChoices.sizing("fixed-fraction:5"))
                .hasMessage("sizing 'fixed-fraction:5': the fraction of equity must be in (0, 1] (there is no leverage), got 5.0");
        assertThatThrownBy(() -> SimulationChoices.sizing("atr-risk:0"))
                .hasMessage("sizing 'atr-risk:0': the fraction of equity must be in (0, 1] (there is no leverage), got 0.0");
        assertThatThrownBy(() -> SimulationChoices.sizing("vol-target:0"))
                .hasMessage("sizing 'vol-target:0': the volatility target must be positive, got 0.0");
    }

    @Test
    void leverageLiftsTheFractionBoundToItself() {
        assertThat(SimulationChoices.sizing("fixed-fraction:2", 2)).isEqualTo(new SizingRule.FixedFraction(2));
        assertThatThrownBy(() -> SimulationChoices.sizing("fixed-fraction:2.5", 2))
                .hasMessage("sizing 'fixed-fraction:2.5': the fraction of equity must be in (0, 2.0] (leverage 2.0), got 2.5");
        assertThat(SimulationChoices.leverage("10")).isEqualTo(10);
        assertThatThrownBy(() -> SimulationChoices.leverage("0.5")).hasMessage("leverage must be in [1, 10], got 0.5");
        assertThatThrownBy(() -> SimulationChoices.leverage("11")).hasMessage("leverage must be in [1, 10], got 11");
    }

    @Test
    void fixedAmountAndInitialFractionAreBoundedByTheCapital() {
        assertThat(SimulationChoices.sizing("fixed-amount:15000")).isEqualTo(new SizingRule.FixedAmount(15_000));
        assertThat(SimulationChoices.sizing("initial-fraction:0.15")).isEqualTo(new SizingRule.InitialFraction(0.15));
        assertThatThrownBy(() -> SimulationChoices.sizing("initial-fraction:1.5")).hasMessage("sizing"
                + " 'initial-fraction:1.5': the fraction of the starting capital must be in (0, 1] (there is no leverage), got 1.5");
        assertThatThrownBy(() -> SimulationChoices.sizing("fixed-amount:0"))
                .hasMessage("sizing 'fixed-amount:0': the amount must be in (0, 1e12], got 0.0");
        SimulationChoices tooMuch = new SimulationChoices("100000", "fixed-amount:150000", "10", "next-open", false, "0",
                "0", "0", "0", false, "1", "none", "total");
        assertThatThrownBy(tooMuch::validate)
                .hasMessage("sizing 'fixed-amount:150000': the amount must be at most the capital, 100000.0, got 150000.0");
        SimulationChoices levered = new SimulationChoices("100000", "fixed-amount:150000", "10", "next-open", false, "0",
                "0", "0", "0", false, "2", "none", "total");
        assertThat(levered.applyTo(BacktestRequest.builder("x", List.of("A"))).build().account().leverage()).isEqualTo(2);
    }

    @Test
    void reentryAtTheSameCloseNeedsCloseFillsAndNewRunsEarnTotalReturns() {
        SimulationChoices d = SimulationChoices.defaults();
        assertThat(d.applyTo(BacktestRequest.builder("x", List.of("A"))).build().account())
                .isEqualTo(new AccountRules(false, 1, false, ReturnMode.TOTAL));
        SimulationChoices nextOpen = new SimulationChoices("100000", "equal-weight", "10", "next-open", false, "0",
                "0", "0", "0", false, "1", "same-close", "price");
        assertThatThrownBy(nextOpen::validate).hasMessage("reentry 'same-close' needs fill 'same-close': with next-open"
                + " fills no position is sold at a close");
        assertThatThrownBy(() -> SimulationChoices.reentry("later")).hasMessage("reentry 'later': expected none or same-close");
        assertThatThrownBy(() -> SimulationChoices.returns("gross")).hasMessage("returns 'gross': expected total or price");
    }
}
