package dev.sextant.engine.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.regime.MarketRegime;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Option texts of the rules: what parses, how it prints back, and the one-line errors for bad texts. */
class RuleSpecsTest {

    @Test
    void marketFilter() {
        assertThat(MarketFilter.parse("SPY:sma200")).isEqualTo(new MarketFilter("SPY", 200, 0));
        assertThat(MarketFilter.parse("SPY:SMA50:1.5").spec()).isEqualTo("SPY:sma50:1.5");
        assertThat(MarketFilter.parse("SPY:sma200").closedBecause()).isEqualTo("SPY below SMA 200");
        assertThatThrownBy(() -> MarketFilter.parse("SPY")).hasMessage("market filter 'SPY': expected SYMBOL:smaN[:band], e.g. SPY:sma200");
        assertThatThrownBy(() -> MarketFilter.parse("SPY:smaX")).hasMessage("market filter 'SPY:smaX': period 'X' is not a whole number");
        assertThatThrownBy(() -> MarketFilter.parse("SPY:sma0")).hasMessage("market filter 'SPY:sma0': period must be >= 1");
        assertThatThrownBy(() -> MarketFilter.parse("SPY:sma200:x")).hasMessage("market filter 'SPY:sma200:x': band 'x' is not a number");
    }

    @Test
    void volatilityCeiling() {
        assertThat(VolatilityCeiling.parse("^VIX:30")).isEqualTo(new VolatilityCeiling("^VIX", 30));
        assertThat(VolatilityCeiling.parse("^VIX:30").spec()).isEqualTo("^VIX:30");
        assertThatThrownBy(() -> VolatilityCeiling.parse("^VIX:-1")).hasMessage("volatility ceiling '^VIX:-1': level must be finite and > 0");
        assertThatThrownBy(() -> VolatilityCeiling.parse("30")).hasMessage("volatility ceiling '30': expected SYMBOL:level, e.g. ^VIX:30");
    }

    @Test
    void circuitBreaker() {
        assertThat(CircuitBreaker.parse("3:10:trailing")).isEqualTo(new CircuitBreaker(3, 10, CircuitBreaker.Kind.TRAILING));
        assertThat(CircuitBreaker.parse("3:10").spec()).isEqualTo("3:10:stop");
        assertThatThrownBy(() -> CircuitBreaker.parse("3:0")).hasMessage("circuit breaker '3:0': halt days M must be >= 1");
        assertThatThrownBy(() -> CircuitBreaker.parse("3:10:gap")).hasMessage("circuit breaker '3:10:gap': exit kind 'gap' is not stop, trailing or any");
        assertThatThrownBy(() -> CircuitBreaker.parse("three:10")).hasMessage("circuit breaker 'three:10': exits N 'three' is not a whole number");
    }

    @Test
    void riskPolicyLimitsAreFractionsAndAtLeastOneIsSet() {
        assertThatThrownBy(() -> new RiskPolicy("calm", 1.5, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN))
                .hasMessage("risk policy calm: max gross exposure must be in (0, 1], got 1.5");
        assertThatThrownBy(() -> new RiskPolicy("calm", Double.NaN, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN))
                .hasMessage("risk policy calm: sets no limit");
        assertThatThrownBy(() -> new RiskPolicy("no name", 1, Double.NaN, Double.NaN, 0, Double.NaN, Double.NaN))
                .hasMessageStartingWith("risk policy name 'no name': use 1-64 letters");
        RiskPolicy p = new RiskPolicy("calm", 0.9, 0.1, 0.3, 2, 0.03, 0.2);
        assertThat(RiskPolicy.fromMap(p.asMap())).isEqualTo(p);
    }

    @Test
    void entryRulesRoundTripThroughTheirMap() {
        EntryRules rules = EntryRules.NONE.withMarketFilter(MarketFilter.parse("SPY:sma200:2"))
                .withRegimeGate(new RegimeGate(EnumSet.of(MarketRegime.RECOVERY, MarketRegime.STRONG_BULL), "^GSPC", "^VIX"))
                .withVolatilityCeiling(VolatilityCeiling.parse("^VIX:30"))
                .withCircuitBreaker(CircuitBreaker.parse("3:10:trailing"))
                .withRiskPolicy(new RiskPolicy("calm", 0.9, 0.1, 0.3, 2, 0.03, 0.2), Map.of("AAPL", "tech"));
        assertThat(EntryRules.fromMap(rules.asMap())).isEqualTo(rules);
        assertThat(rules.symbols()).containsExactly("SPY", "^GSPC", "^VIX");
        assertThat(EntryRules.fromMap(null)).isEqualTo(EntryRules.NONE);
    }
}
