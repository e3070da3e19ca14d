package dev.sextant.engine.regime;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One backtest split by the regime of the day, with what the regimes were computed from: the
 * {@code by_regime} section of a backtest's JSON. {@link #asMap()} is its one plain-map form (what
 * results show and stores persist); {@link #fromMap} reads it back into an equal breakdown.
 *
 * <p>The map lists only the regimes that occur in the backtest (a day or a trade), in
 * {@link MarketRegime} order; a regime left out is one with no day and no trade.
 *
 * @param index the index the regimes were computed on
 * @param volatility its volatility index, or null when the index's realised volatility stood in
 * @param modelVersion {@link RegimeModel#VERSION}
 * @param row the strategy's row of the strategy × regime table
 */
public record RegimeBreakdown(String index, String volatility, String modelVersion, ResultsByRegime.Row row) {

    public Map<String, Object> asMap() {
        Map<String, Object> regimes = new LinkedHashMap<>();
        for (RegimePerformance cell : row.cells()) {
            if (cell.days() > 0 || cell.trades() > 0) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("days", cell.days());
                m.put("return", cell.totalReturn());
                m.put("sharpe", cell.sharpe());
                m.put("win_rate", cell.winRate());
                m.put("trades", cell.trades());
                regimes.put(cell.regime().label(), m);
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", index);
        m.put("volatility", volatility);
        m.put("model_version", modelVersion);
        m.put("strategy", row.strategy());
        m.put("unclassified_days", row.unclassifiedDays());
        m.put("regimes", regimes);
        return m;
    }

    /** Reads a map written by {@link #asMap()} (numbers may come back as any {@link Number}). */
    public static RegimeBreakdown fromMap(Map<String, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Map<String, ?>> regimes = (Map<String, Map<String, ?>>) m.get("regimes");
        List<RegimePerformance> cells = new ArrayList<>();
        for (MarketRegime regime : MarketRegime.values()) {
            Map<String, ?> c = regimes.get(regime.label());
            cells.add(c == null ? new RegimePerformance(regime, 0, 0, null, 0, null)
                    : new RegimePerformance(regime, number(c, "days").intValue(), number(c, "return").doubleValue(),
                            optional(c, "sharpe"), number(c, "trades").intValue(), optional(c, "win_rate")));
        }
        ResultsByRegime.Row row = new ResultsByRegime.Row((String) m.get("strategy"), cells,
                number(m, "unclassified_days").intValue());
        return new RegimeBreakdown((String) m.get("index"), (String) m.get("volatility"), (String) m.get("model_version"), row);
    }

    private static Number number(Map<String, ?> m, String key) {
        if (!(m.get(key) instanceof Number n)) {
            throw new IllegalArgumentException("by_regime " + key + " missing or not a number: " + m.get(key));
        }
        return n;
    }

    private static Double optional(Map<String, ?> m, String key) {
        return m.get(key) == null ? null : number(m, key).doubleValue();
    }
}
