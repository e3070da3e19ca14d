package dev.sextant.engine.rules;

import dev.sextant.engine.regime.MarketRegime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The entry filters and the risk policy of a backtest: each part is optional (null = off).
 * Filters ({@link #gates()}) decide whole days from market data at the signal bar's close; the
 * circuit breaker and the risk policy are checked at each fill against the portfolio's own state.
 *
 * @param sectors each traded symbol's sector, needed only by a risk policy's sector limit (else empty)
 */
public record EntryRules(MarketFilter marketFilter, RegimeGate regimeGate, VolatilityCeiling volatilityCeiling,
        CircuitBreaker circuitBreaker, RiskPolicy riskPolicy, Map<String, String> sectors) {

    public static final EntryRules NONE = new EntryRules(null, null, null, null, null, Map.of());

    public EntryRules {
        sectors = java.util.Collections.unmodifiableMap(new TreeMap<>(sectors));
    }

    public boolean isNone() {
        return equals(NONE);
    }

    /** The day filters that are set, in a fixed order: market filter, regime gate, volatility ceiling. */
    public List<DayGate> gates() {
        List<DayGate> out = new ArrayList<>();
        if (marketFilter != null) {
            out.add(marketFilter);
        }
        if (regimeGate != null) {
            out.add(regimeGate);
        }
        if (volatilityCeiling != null) {
            out.add(volatilityCeiling);
        }
        return out;
    }

    /** Symbols whose bars the filters read. */
    public List<String> symbols() {
        return gates().stream().flatMap(g -> g.symbols().stream()).distinct().sorted().toList();
    }

    public EntryRules withMarketFilter(MarketFilter f) {
        return new EntryRules(f, regimeGate, volatilityCeiling, circuitBreaker, riskPolicy, sectors);
    }

    public EntryRules withRegimeGate(RegimeGate g) {
        return new EntryRules(marketFilter, g, volatilityCeiling, circuitBreaker, riskPolicy, sectors);
    }

    public EntryRules withVolatilityCeiling(VolatilityCeiling v) {
        return new EntryRules(marketFilter, regimeGate, v, circuitBreaker, riskPolicy, sectors);
    }

    public EntryRules withCircuitBreaker(CircuitBreaker b) {
        return new EntryRules(marketFilter, regimeGate, volatilityCeiling, b, riskPolicy, sectors);
    }

    public EntryRules withRiskPolicy(RiskPolicy p, Map<String, String> symbolSectors) {
        return new EntryRules(marketFilter, regimeGate, volatilityCeiling, circuitBreaker, p, symbolSectors);
    }

    /** Stable snake_case form for the request map; unset parts are null. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("market_filter", marketFilter == null ? null : marketFilter.spec());
        m.put("regime_gate", regimeGate == null ? null : regimeGate.spec());
        m.put("regime_index", regimeGate == null ? null : regimeGate.index());
        m.put("regime_volatility", regimeGate == null ? null : regimeGate.volatility());
        m.put("vol_ceiling", volatilityCeiling == null ? null : volatilityCeiling.spec());
        m.put("circuit_breaker", circuitBreaker == null ? null : circuitBreaker.spec());
        m.put("risk_policy", riskPolicy == null ? null : riskPolicy.asMap());
        m.put("sectors", sectors.isEmpty() ? null : new LinkedHashMap<>(sectors));
        return m;
    }

    /** Reads a map written by {@link #asMap()}; null reads as {@link #NONE}. */
    @SuppressWarnings("unchecked")
    public static EntryRules fromMap(Map<String, ?> m) {
        if (m == null) {
            return NONE;
        }
        String gate = (String) m.get("regime_gate");
        java.util.Set<MarketRegime> allowed = gate == null ? null : RegimeGate.parseRegimes(gate);
        Map<String, String> sectors = (Map<String, String>) m.get("sectors");
        Map<String, ?> policy = (Map<String, ?>) m.get("risk_policy");
        return new EntryRules(
                m.get("market_filter") == null ? null : MarketFilter.parse((String) m.get("market_filter")),
                gate == null ? null : new RegimeGate(allowed, (String) m.get("regime_index"), (String) m.get("regime_volatility")),
                m.get("vol_ceiling") == null ? null : VolatilityCeiling.parse((String) m.get("vol_ceiling")),
                m.get("circuit_breaker") == null ? null : CircuitBreaker.parse((String) m.get("circuit_breaker")),
                policy == null ? null : RiskPolicy.fromMap(policy),
                sectors == null ? Map.of() : sectors);
    }
}
