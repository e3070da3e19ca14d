package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.EntryRuleChoices;
import dev.sextant.engine.rules.EntryRules;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The entry filters and risk policy as options, shared by {@code backtest}, {@code scan}, {@code optimize} and
 * {@code walkforward}; see docs/user/rules-and-risk.md. A bad value fails in one line naming the option and the value.
 */
final class EntryRuleOptions {

    @Option(names = "--market-filter", paramLabel = "SYM:smaN[:BAND]",
            description = "Enter only while SYM closes above its N-day SMA (by BAND %%), e.g. SPY:sma200.")
    String marketFilter;

    @Option(names = "--regime-gate", paramLabel = "REGIMES",
            description = "Enter only in these market regimes (comma list, e.g. strong_bull,weak_bull), as ./sextant regime classifies them.")
    String regimeGate;

    @Option(names = "--vol-ceiling", paramLabel = "SYM:LEVEL", description = "Enter only while SYM closes at or below LEVEL, e.g. ^VIX:30.")
    String volCeiling;

    @Option(names = "--circuit-breaker", paramLabel = "N:M[:KIND]",
            description = "After N exits of KIND (stop | trailing | any; default stop) on one day, no entries for the next M trading days.")
    String circuitBreaker;

    @Option(names = "--risk-policy", paramLabel = "NAME", description = "Apply a saved risk policy (see ./sextant risk-policy list).")
    String riskPolicy;

    EntryRuleChoices choices() {
        return new EntryRuleChoices(marketFilter, regimeGate, volCeiling, circuitBreaker, riskPolicy);
    }

    /** Checks the texts without opening the home. */
    void validate() {
        flagged(() -> {
            choices().validate();
            return null;
        });
    }

    /** The rules for a run trading {@code traded}, resolved against the home's symbols, saved policies and sectors. */
    EntryRules rules(AppContext ctx, List<String> traded) {
        return rules(ctx, traded, null);
    }

    /** {@link #rules(AppContext, List)} with {@code preset}'s entry rules under the options the user gave. */
    EntryRules rules(AppContext ctx, List<String> traded, PresetOverlay preset) {
        EntryRuleChoices c = preset == null || preset.preset() == null ? choices() : new EntryRuleChoices(
                preset.pick("--market-filter", marketFilter, p -> p.rules().marketFilter()),
                preset.pick("--regime-gate", regimeGate, p -> p.rules().regimeGate()),
                preset.pick("--vol-ceiling", volCeiling, p -> p.rules().volCeiling()),
                preset.pick("--circuit-breaker", circuitBreaker, p -> p.rules().circuitBreaker()),
                preset.pick("--risk-policy", riskPolicy, p -> p.rules().riskPolicy()));
        return flagged(() -> ctx.research().rules().resolve(c, traded));
    }

    private static <T> T flagged(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (IllegalArgumentException e) {
            throw new UserError(withFlag(e.getMessage()));
        }
    }

    /** {@code market filter 'X': ...} → {@code --market-filter 'X': ...}. */
    static String withFlag(String message) {
        for (String rule : List.of("market filter", "regime gate", "volatility ceiling", "circuit breaker", "risk policy")) {
            if (message.startsWith(rule + " ")) {
                return EntryRuleChoices.flagOf(rule) + message.substring(rule.length());
            }
        }
        return message;
    }
}
