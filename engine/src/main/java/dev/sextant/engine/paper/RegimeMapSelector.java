package dev.sextant.engine.paper;

import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;

/**
 * Applies a {@link RegimeMap} over one calendar (epoch days): at the close of each rebalance day
 * the portfolio takes the label mapped to that day's regime, the regime of the last classified date
 * at or before it. Nothing dated after day {@code t} is read for day {@code t}'s decision.
 */
public final class RegimeMapSelector implements StrategySelector {

    private final RegimeMap map;
    private final long[] calendar;
    private final SortedMap<LocalDate, MarketRegime> regimes;
    private final String fallbackExits;

    /**
     * @param regimes the market regime by date (dates before the calendar's first day decide its first day)
     * @param fallbackExits the label whose exits manage positions in a cash period that no strategy traded before
     */
    public RegimeMapSelector(RegimeMap map, long[] calendar, SortedMap<LocalDate, MarketRegime> regimes,
            String fallbackExits) {
        this.map = map;
        this.calendar = calendar.clone();
        this.regimes = regimes;
        this.fallbackExits = Objects.requireNonNull(fallbackExits, "fallbackExits");
    }

    /** The regime known at the close of {@code date}: that of the last classified date at or before it, or null. */
    public MarketRegime regimeAt(LocalDate date) {
        SortedMap<LocalDate, MarketRegime> upTo = regimes.headMap(date.plusDays(1));
        return upTo.isEmpty() ? null : upTo.get(upTo.lastKey());
    }

    /** What trades on the first calendar day: the label of the regime known at the close before it. */
    public String initial() {
        return map.labelFor(regimeAt(LocalDate.ofEpochDay(calendar[0]).minusDays(1)));
    }

    /** The label traded on day {@code t}: decided at the last rebalance close before it, else {@link #initial()}. */
    public String activeOn(int t) {
        for (int s = t - 1; s >= 0; s--) {
            if (map.rebalance().at(calendar, s)) {
                return map.labelFor(regimeAt(LocalDate.ofEpochDay(calendar[s])));
            }
        }
        return initial();
    }

    /**
     * Whose exit signals manage the book on day {@code t} when {@code active} trades it: the active
     * strategy, or in cash the last strategy traded before day {@code t} (the fallback when none was).
     */
    public String exitsBy(int t, String active) {
        if (!active.equals(RegimeMap.CASH)) {
            return active;
        }
        for (int s = t - 1; s >= 0; s--) {
            String label = activeOn(s);
            if (!label.equals(RegimeMap.CASH)) {
                return label;
            }
        }
        return fallbackExits;
    }

    @Override
    public Optional<StrategySwitch> decide(int t, String active, int lastSwitch) {
        if (!map.rebalance().at(calendar, t)) {
            return Optional.empty();
        }
        LocalDate date = LocalDate.ofEpochDay(calendar[t]);
        MarketRegime regime = regimeAt(date);
        String to = map.labelFor(regime);
        if (to.equals(active)) {
            return Optional.empty();
        }
        String known = regime == null ? "no regime classified yet" : "regime " + regime.label();
        String reason = known + " at the " + map.rebalance().text() + " rebalance maps to " + to;
        return Optional.of(new StrategySwitch(date, active, to, Double.NaN, Double.NaN, Map.of(),
                regime == null ? null : regime.label(), reason));
    }
}
