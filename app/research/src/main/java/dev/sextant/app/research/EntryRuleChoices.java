package dev.sextant.app.research;

import dev.sextant.engine.rules.CircuitBreaker;
import dev.sextant.engine.rules.MarketFilter;
import dev.sextant.engine.rules.RegimeGate;
import dev.sextant.engine.rules.VolatilityCeiling;

/**
 * The user's entry filters and risk policy as typed, each null or blank when unset: the texts of
 * {@code --market-filter}, {@code --regime-gate}, {@code --vol-ceiling}, {@code --circuit-breaker} and
 * {@code --risk-policy}, and of the same fields in the backtest, scanner and optimizer panels.
 * {@link EntryRuleService#resolve} turns them into the request's rules.
 */
public record EntryRuleChoices(String marketFilter, String regimeGate, String volCeiling, String circuitBreaker,
        String riskPolicy) {

    public static final EntryRuleChoices NONE = new EntryRuleChoices(null, null, null, null, null);

    /** The option naming each field, for messages: {@code market filter} → {@code --market-filter}. */
    public static String flagOf(String ruleName) {
        return switch (ruleName) {
            case "market filter" -> "--market-filter";
            case "regime gate" -> "--regime-gate";
            case "volatility ceiling" -> "--vol-ceiling";
            case "circuit breaker" -> "--circuit-breaker";
            default -> "--risk-policy";
        };
    }

    /** Parses every set text without looking anything up; a bad one fails naming the rule and its text. */
    public void validate() {
        if (set(marketFilter)) {
            MarketFilter.parse(marketFilter);
        }
        if (set(regimeGate)) {
            RegimeGate.parseRegimes(regimeGate);
        }
        if (set(volCeiling)) {
            VolatilityCeiling.parse(volCeiling);
        }
        if (set(circuitBreaker)) {
            CircuitBreaker.parse(circuitBreaker);
        }
    }

    static boolean set(String text) {
        return text != null && !text.isBlank();
    }
}
