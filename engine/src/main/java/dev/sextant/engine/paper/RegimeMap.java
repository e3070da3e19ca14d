package dev.sextant.engine.paper;

import dev.sextant.engine.regime.MarketRegime;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Regime-driven switching: at each rebalance close the portfolio takes the candidate mapped to
 * that day's market regime; a regime mapped to nothing (and a day the model has not classified)
 * means {@link #CASH}: no new entries. Positions held when the strategy changes stay open and are
 * managed from then on by the exit signals of the strategy traded (in cash: of the last strategy
 * traded before it) and by the stop, target and trailing levels set at their entry.
 *
 * @param labels the candidate label of each regime that trades; regimes missing here are cash
 */
public record RegimeMap(Map<MarketRegime, String> labels, Rebalance rebalance) implements SwitchingMode {

    /** The label of "no new entries". */
    public static final String CASH = "cash";

    public RegimeMap {
        Objects.requireNonNull(rebalance, "rebalance");
        EnumMap<MarketRegime, String> copy = new EnumMap<>(MarketRegime.class);
        copy.putAll(labels);
        if (copy.values().stream().anyMatch(l -> l == null || l.isBlank() || l.equals(CASH))) {
            throw new IllegalArgumentException("regime map: leave a cash regime out instead of naming it " + labels);
        }
        labels = Collections.unmodifiableMap(copy);
    }

    /** The label traded in {@code regime} (null: not classified), or {@link #CASH}. */
    public String labelFor(MarketRegime regime) {
        return regime == null ? CASH : labels.getOrDefault(regime, CASH);
    }

    /** Every regime's label, cash included, in {@link MarketRegime} order (for provenance). */
    public Map<String, String> table() {
        Map<String, String> out = new LinkedHashMap<>();
        for (MarketRegime r : MarketRegime.values()) {
            out.put(r.label(), labelFor(r));
        }
        return out;
    }

    @Override
    public boolean readsRegimes() {
        return true;
    }
}
