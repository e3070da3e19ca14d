package dev.sextant.app.research;

import dev.sextant.engine.market.CorporateAction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One recorded split or dividend as {@code ./sextant data actions} and the data panel's Actions tab list it.
 *
 * @param amount the split ratio new/old, or the dividend's cash per share as paid
 * @param perShareToday a dividend's cash per share of today (divided by the later splits: what a backtest with total
 *        returns credits per share of the split-adjusted series); null for a split
 */
public record CorporateActionRow(String exDate, String type, double amount, Double perShareToday) {

    /** The rows of a symbol's actions, in their order. */
    public static List<CorporateActionRow> of(List<CorporateAction> actions) {
        return actions.stream().map(a -> new CorporateActionRow(a.exDate().toString(), a.type().code(), a.amount(),
                a.isSplit() ? null : a.perShareToday(actions))).toList();
    }

    /** {@code AAA: 1 splits, 3 dividends}, or that none are recorded. */
    public static String summary(String symbol, List<CorporateActionRow> rows) {
        if (rows.isEmpty()) {
            return "no splits or dividends recorded for " + symbol;
        }
        long splits = rows.stream().filter(r -> r.perShareToday() == null).count();
        return symbol + ": " + splits + " splits, " + (rows.size() - splits) + " dividends";
    }

    public String amountText() {
        return plain(amount);
    }

    /** Blank for a split. */
    public String perShareTodayText() {
        return perShareToday == null ? "" : plain(perShareToday);
    }

    /** The JSON form: {@code ex_date, type, amount, per_share_today}. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ex_date", exDate);
        m.put("type", type);
        m.put("amount", amount);
        m.put("per_share_today", perShareToday);
        return m;
    }

    /** At most 6 decimals, without trailing zeros: {@code 4}, {@code 0.22}, {@code 0.055}. */
    private static String plain(double v) {
        return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
