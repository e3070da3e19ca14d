package dev.sextant.data.paper;

import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.PortfolioBook;
import dev.sextant.engine.backtest.ShareCount;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.SwitchingRule;
import dev.sextant.engine.paper.SwitchingMode;
import dev.sextant.engine.paper.RegimeMap;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.engine.regime.MarketRegime;
import java.util.EnumMap;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON columns of {@code paper_portfolio}: the book (undefined levels, NaN, as null), the
 * candidates, the switching rule and the open holdings' origins.
 */
final class PaperJson {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String REGIME_MAP = "regime_map";
    static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> LIST = new TypeReference<>() {
    };

    private PaperJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static Map<String, Object> map(String json) {
        return JSON.readValue(json, MAP);
    }

    static String book(PortfolioBook b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("last_time", b.lastTime());
        m.put("cash", b.cash());
        m.put("last_equity", b.lastEquity());
        List<Map<String, Object>> holdings = new ArrayList<>();
        for (PortfolioBook.Holding h : b.holdings()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("symbol", h.symbol());
            x.put("shares", ShareCount.value(h.shares()));
            x.put("entry_price", h.entryPrice());
            x.put("entry_cost", h.entryCost());
            x.put("entry_time", h.entryTime());
            x.put("entered_at_open", h.enteredAtOpen());
            x.put("stop", num(h.stop()));
            x.put("target", num(h.target()));
            x.put("trail", num(h.trail()));
            x.put("highest_close", num(h.highestClose()));
            x.put("trail_level", num(h.trailLevel()));
            x.put("max_hold", h.maxHold());
            x.put("min_price", num(h.minPrice()));
            x.put("max_price", num(h.maxPrice()));
            x.put("last_close", num(h.lastClose()));
            x.put("pending_exit", h.pendingExit() == null ? null : h.pendingExit().name());
            if (h.dividends() != 0) {
                x.put("dividends", h.dividends()); // absent from books written before total returns
            }
            holdings.add(x);
        }
        m.put("holdings", holdings);
        List<Map<String, Object>> pending = new ArrayList<>();
        for (PortfolioBook.PendingEntry p : b.pendingEntries()) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("symbol", p.symbol());
            x.put("signal_time", p.signalTime());
            x.put("rank_score", num(p.rankScore()));
            x.put("ref_close", num(p.refClose()));
            x.put("stop_level", num(p.stopLevel()));
            x.put("target_level", num(p.targetLevel()));
            x.put("trailing_fraction", num(p.trailingFraction()));
            x.put("max_hold_bars", p.maxHoldBars());
            x.put("sizing_vol", num(p.sizingVol()));
            pending.add(x);
        }
        m.put("pending_entries", pending);
        return write(m);
    }

    @SuppressWarnings("unchecked")
    static PortfolioBook book(String json) {
        Map<String, Object> m = map(json);
        List<PortfolioBook.Holding> holdings = new ArrayList<>();
        for (Map<String, Object> x : (List<Map<String, Object>>) m.get("holdings")) {
            holdings.add(new PortfolioBook.Holding((String) x.get("symbol"), dbl(x.get("shares")), dbl(x.get("entry_price")),
                    dbl(x.get("entry_cost")), lng(x.get("entry_time")), (Boolean) x.get("entered_at_open"),
                    dbl(x.get("stop")), dbl(x.get("target")), dbl(x.get("trail")), dbl(x.get("highest_close")),
                    dbl(x.get("trail_level")), ((Number) x.get("max_hold")).intValue(), dbl(x.get("min_price")),
                    dbl(x.get("max_price")), dbl(x.get("last_close")),
                    x.get("pending_exit") == null ? null : ExitReason.valueOf((String) x.get("pending_exit")),
                    x.containsKey("dividends") ? dbl(x.get("dividends")) : 0));
        }
        List<PortfolioBook.PendingEntry> pending = new ArrayList<>();
        for (Map<String, Object> x : (List<Map<String, Object>>) m.get("pending_entries")) {
            pending.add(new PortfolioBook.PendingEntry((String) x.get("symbol"), lng(x.get("signal_time")),
                    dbl(x.get("rank_score")), dbl(x.get("ref_close")), dbl(x.get("stop_level")), dbl(x.get("target_level")),
                    dbl(x.get("trailing_fraction")), ((Number) x.get("max_hold_bars")).intValue(), dbl(x.get("sizing_vol"))));
        }
        return new PortfolioBook(lng(m.get("last_time")), dbl(m.get("cash")), dbl(m.get("last_equity")), holdings, pending);
    }

    static String candidates(List<Candidate> candidates) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Candidate c : candidates) {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("label", c.label());
            x.put("strategy", c.strategyId());
            x.put("params", c.params());
            out.add(x);
        }
        return write(out);
    }

    @SuppressWarnings("unchecked")
    static List<Candidate> candidates(String json) {
        if (json == null) {
            return List.of();
        }
        return JSON.readValue(json, LIST).stream().map(x -> new Candidate((String) x.get("label"),
                (String) x.get("strategy"), (Map<String, Object>) x.get("params"))).toList();
    }

    static String switching(SwitchingMode mode) {
        Map<String, Object> m = new LinkedHashMap<>();
        switch (mode) {
            case SwitchingRule r -> {
                m.put("window_days", r.windowDays());
                m.put("min_gap", r.minGap());
                m.put("cool_down_days", r.coolDownDays());
                m.put("by_regime", r.byRegime());
            }
            case RegimeMap map -> {
                m.put("mode", REGIME_MAP);
                m.put("regimes", map.table());
                m.put("rebalance", map.rebalance().text());
            }
        }
        return write(m);
    }

    /** Reads {@link #switching(SwitchingMode)}; a rule saved before regime maps existed has no mode and is scored. */
    @SuppressWarnings("unchecked")
    static SwitchingMode switching(String json) {
        if (json == null) {
            return null;
        }
        Map<String, Object> m = map(json);
        if (REGIME_MAP.equals(m.get("mode"))) {
            Map<MarketRegime, String> labels = new EnumMap<>(MarketRegime.class);
            ((Map<String, String>) m.get("regimes")).forEach((regime, label) -> {
                if (!RegimeMap.CASH.equals(label)) {
                    labels.put(MarketRegime.fromLabel(regime), label);
                }
            });
            return new RegimeMap(labels, Rebalance.parse((String) m.get("rebalance")));
        }
        return new SwitchingRule(((Number) m.get("window_days")).intValue(), dbl(m.get("min_gap")),
                ((Number) m.get("cool_down_days")).intValue(), (Boolean) m.get("by_regime"));
    }

    private static Double num(double v) {
        return Double.isNaN(v) ? null : v;
    }

    private static double dbl(Object v) {
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }

    private static long lng(Object v) {
        return ((Number) v).longValue();
    }
}
