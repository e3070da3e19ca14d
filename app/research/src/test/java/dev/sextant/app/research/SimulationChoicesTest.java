package dev.sextant.app.research;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.backtest.SizingRule;
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
}
