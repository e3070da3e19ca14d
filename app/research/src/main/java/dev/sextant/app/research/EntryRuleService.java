package dev.sextant.app.research;

import dev.sextant.engine.market.MembershipRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.rules.CircuitBreaker;
import dev.sextant.engine.rules.DayGate;
import dev.sextant.engine.rules.EntryRules;
import dev.sextant.engine.rules.MarketFilter;
import dev.sextant.engine.rules.RegimeGate;
import dev.sextant.engine.rules.RiskPolicy;
import dev.sextant.engine.rules.RiskPolicyRepository;
import dev.sextant.engine.rules.VolatilityCeiling;
import dev.sextant.engine.settings.SettingsStore;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns {@link EntryRuleChoices} into a request's {@link EntryRules} against this home: the
 * filters' symbols must have daily bars, the regime gate reads the regime model's index and
 * volatility index ({@link RegimeSymbols}), a risk policy is looked up by name among the saved ones, and a policy
 * with a sector limit takes the traded symbols' sectors from the stored universes' members.
 */
public final class EntryRuleService {

    private final MarketLoader market;
    private final SettingsStore settings;
    private final RiskPolicyRepository policies;
    private final MembershipRepository memberships;

    public EntryRuleService(MarketLoader market, SettingsStore settings, RiskPolicyRepository policies,
            MembershipRepository memberships) {
        this.market = market;
        this.settings = settings;
        this.policies = policies;
        this.memberships = memberships;
    }

    public RiskPolicyRepository policies() {
        return policies;
    }

    /**
     * @param traded the symbols the run trades (their sectors are read when the policy limits sector weight)
     * @throws IllegalArgumentException naming the rule and its text for a bad text, a symbol without daily bars,
     *         an unknown risk policy, or a traded symbol without a sector under a sector limit
     */
    public EntryRules resolve(EntryRuleChoices c, List<String> traded) {
        c.validate();
        Set<String> stored = market.dailySymbols();
        EntryRules rules = EntryRules.NONE;
        if (EntryRuleChoices.set(c.marketFilter())) {
            rules = rules.withMarketFilter(stored(MarketFilter.parse(c.marketFilter()), stored));
        }
        if (EntryRuleChoices.set(c.regimeGate())) {
            RegimeSymbols symbols = RegimeSymbols.resolve(null, null, settings, stored).orElseThrow(() ->
                    new IllegalArgumentException("regime gate '" + c.regimeGate().trim() + "': no index for the regime model: neither "
                            + RegimeSymbols.defaultIndexes() + " has daily bars and the setting "
                            + RegimeSymbols.INDEX_SETTING + " is not set"));
            rules = rules.withRegimeGate(new RegimeGate(RegimeGate.parseRegimes(c.regimeGate()), symbols.index(),
                    symbols.volatility()));
        }
        if (EntryRuleChoices.set(c.volCeiling())) {
            rules = rules.withVolatilityCeiling(stored(VolatilityCeiling.parse(c.volCeiling()), stored));
        }
        if (EntryRuleChoices.set(c.circuitBreaker())) {
            rules = rules.withCircuitBreaker(CircuitBreaker.parse(c.circuitBreaker()));
        }
        if (EntryRuleChoices.set(c.riskPolicy())) {
            String name = c.riskPolicy().trim();
            RiskPolicy policy = policies.find(name).orElseThrow(() -> new IllegalArgumentException(
                    "risk policy '" + name + "': no such saved policy (see ./sextant risk-policy list)"));
            rules = rules.withRiskPolicy(policy, RiskPolicy.on(policy.maxSectorWeight()) ? sectors(policy, traded) : Map.of());
        }
        return rules;
    }

    private Map<String, String> sectors(RiskPolicy policy, List<String> traded) {
        Map<String, String> sectors = memberships.sectors(traded);
        List<String> missing = traded.stream().filter(s -> !sectors.containsKey(s)).toList();
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("risk policy '" + policy.name() + "': its max sector weight needs each traded"
                    + " symbol's sector, and no stored universe gives one for " + missing.size() + " of them ("
                    + String.join(", ", missing.subList(0, Math.min(5, missing.size()))) + (missing.size() > 5 ? ", ..." : "")
                    + "); import a universe list with a sector column (docs/user/rules-and-risk.md)");
        }
        return sectors;
    }

    private static <G extends DayGate> G stored(G gate, Set<String> stored) {
        for (String symbol : gate.symbols()) {
            if (!stored.contains(symbol)) {
                throw new IllegalArgumentException(gate.name() + " '" + gate.spec() + "': no daily bars of " + symbol
                        + " in this home (see ./sextant data list)");
            }
        }
        return gate;
    }

    /** The daily bars the filters of {@code rules} read. */
    public List<PriceColumns> filterBars(EntryRules rules) {
        return rules.symbols().stream().map(market::one).toList();
    }
}
