package dev.sextant.engine.rules;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeClassification;
import dev.sextant.engine.regime.RegimeClassifier;
import dev.sextant.engine.regime.RegimeFeatureCalculator;
import dev.sextant.engine.regime.RegimeParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Entries only in allowed market regimes: open on day t when the regime model (default
 * parameters, no breadth) classifies the index's last bar at or before t as one of
 * {@code allowed}. Closed on unclassified days (the model's warm-up). The model's features are
 * trailing and its regime switches look only at the current and earlier days, so the decision of
 * day t is the same with or without the bars after t. Parsed from a comma list of regime labels,
 * e.g. {@code strong_bull,weak_bull}; the index and volatility index are chosen by the caller.
 *
 * @param volatility the volatility index, or null to use the index's realised volatility
 */
public record RegimeGate(Set<MarketRegime> allowed, String index, String volatility) implements DayGate {

    public RegimeGate {
        if (allowed.isEmpty()) {
            throw new IllegalArgumentException("regime gate: no regime allowed");
        }
        allowed = Set.copyOf(EnumSet.copyOf(allowed));
        if (index == null || index.isBlank()) {
            throw new IllegalArgumentException("regime gate: index symbol is empty");
        }
    }

    /** The allowed regimes of a comma list of labels. */
    public static Set<MarketRegime> parseRegimes(String text) {
        Set<MarketRegime> out = EnumSet.noneOf(MarketRegime.class);
        for (String label : text.split(",")) {
            String l = label.trim();
            if (l.isEmpty()) {
                continue;
            }
            try {
                out.add(MarketRegime.fromLabel(l));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("regime gate '" + text + "': unknown regime '" + l + "'; known: "
                        + Arrays.stream(MarketRegime.values()).map(MarketRegime::label).collect(Collectors.joining(", ")), e);
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("regime gate '" + text + "': no regime named");
        }
        return out;
    }

    @Override
    public String name() {
        return "regime gate";
    }

    /** The allowed labels in {@link MarketRegime} order, comma separated. */
    @Override
    public String spec() {
        return EnumSet.copyOf(allowed).stream().map(MarketRegime::label).collect(Collectors.joining(","));
    }

    @Override
    public String closedBecause() {
        return index + " regime not " + spec().replace(",", " or ");
    }

    @Override
    public List<String> symbols() {
        return volatility == null ? List.of(index) : List.of(index, volatility);
    }

    @Override
    public boolean[] openDays(long[] calendar, Map<String, PriceColumns> bars) {
        MarketRegime[] regimes = regimes(calendar, bars);
        boolean[] open = new boolean[calendar.length];
        for (int c = 0; c < open.length; c++) {
            open[c] = regimes[c] != null && allowed.contains(regimes[c]);
        }
        return open;
    }

    /** The regime of each calendar time (that of the index's last bar at or before it), null where unclassified. */
    public MarketRegime[] regimes(long[] calendar, Map<String, PriceColumns> bars) {
        PriceColumns idx = series(bars, index);
        PriceColumns vol = volatility == null ? null : series(bars, volatility);
        RegimeParameters parameters = RegimeParameters.defaults();
        RegimeClassification cl = new RegimeClassifier(parameters)
                .classify(new RegimeFeatureCalculator(parameters).compute(idx, vol, new ArrayList<>()));
        MarketRegime[] out = new MarketRegime[calendar.length];
        int i = -1;
        for (int c = 0; c < calendar.length; c++) {
            while (i + 1 < cl.size() && cl.time()[i + 1] <= calendar[c]) {
                i++;
            }
            out[c] = i < 0 ? null : cl.regime(i);
        }
        return out;
    }
}
