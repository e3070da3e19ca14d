package dev.sextant.app.research;

import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.RegimeMap;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.engine.regime.MarketRegime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A regime map as the user edits it: for each regime, what to trade (a strategy and its parameter
 * overrides, a {@link Candidate}) or null for cash, and the rebalance. {@link #map()} and
 * {@link #candidates()} are its engine form: one candidate per distinct strategy and parameters,
 * labelled by the strategy id, with the parameters in brackets when it has any.
 */
public record RegimeMapPlan(Map<MarketRegime, Candidate> choices, Rebalance rebalance) {

    public RegimeMapPlan {
        Objects.requireNonNull(rebalance, "rebalance");
        EnumMap<MarketRegime, Candidate> copy = new EnumMap<>(MarketRegime.class);
        choices.forEach((regime, choice) -> {
            if (choice != null) {
                copy.put(regime, new Candidate(labelOf(choice.strategyId(), choice.params()), choice.strategyId(),
                        choice.params()));
            }
        });
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("regime map: every regime is cash; map at least one to a strategy");
        }
        choices = java.util.Collections.unmodifiableMap(copy);
    }

    /** {@code dwap-breakout}, or {@code dwap-breakout(stop=0.08)} with parameters. */
    public static String labelOf(String strategyId, Map<String, Object> params) {
        if (params.isEmpty()) {
            return strategyId;
        }
        return strategyId + "(" + new java.util.TreeMap<>(params).entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",")) + ")";
    }

    /** What {@code regime} trades, or null for cash. */
    public Candidate choice(MarketRegime regime) {
        return choices.get(regime);
    }

    /** The distinct candidates, in the order of the regimes first naming them. */
    public List<Candidate> candidates() {
        Map<String, Candidate> out = new LinkedHashMap<>();
        choices.values().forEach(c -> out.putIfAbsent(c.label(), c));
        return new ArrayList<>(out.values());
    }

    public RegimeMap map() {
        Map<MarketRegime, String> labels = new EnumMap<>(MarketRegime.class);
        choices.forEach((regime, c) -> labels.put(regime, c.label()));
        return new RegimeMap(labels, rebalance);
    }

    public RegimeMapPlan withRebalance(Rebalance r) {
        return new RegimeMapPlan(choices, r);
    }

    /** The seven regime labels, comma separated, for error messages. */
    public static String regimeNames() {
        return Arrays.stream(MarketRegime.values()).map(MarketRegime::label).collect(Collectors.joining(", "));
    }
}
