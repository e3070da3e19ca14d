package dev.sextant.engine.backtest;

import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.rules.EntryRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one plain-map form of a {@link BacktestRequest}, with stable snake_case keys, ISO dates and
 * the option texts of sizing, fill and costs ({@code equal-weight}, {@code next-open}, {@code bps:5});
 * {@code rules} ({@link EntryRules#asMap()}) only when entry filters or a risk policy are set.
 * It is what results show as {@code request} and what stores persist; {@link #parse} reads it back
 * into an equal request. The keys {@code timeframe}, {@code overnight} ({@code flat}/{@code hold}) and
 * {@code hours} ({@code regular}/{@code extended}) are written only for runs on other than daily bars,
 * so that daily requests keep the form (and the content hashes) they had; absent, they read as daily. Likewise
 * {@code preset} ({@code name@version}) is written only for a request made from a preset.
 */
public final class BacktestRequestMap {

    private BacktestRequestMap() {
    }

    public static Map<String, Object> of(BacktestRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("strategy", r.strategyId());
        m.put("params", new LinkedHashMap<>(r.params()));
        m.put("symbols", r.symbols());
        m.put("from", r.from() == null ? null : r.from().toString());
        m.put("to", r.to() == null ? null : r.to().toString());
        m.put("capital", r.capital());
        m.put("sizing", r.sizing().toString());
        m.put("max_positions", r.maxPositions());
        m.put("fill", fillText(r.fill()));
        m.put("exit_mode", r.exitMode() == ExitMode.CLOSE_ONLY ? "close-only" : "intrabar");
        m.put("commission", r.commission().toString());
        m.put("slippage", r.slippage().toString());
        m.put("benchmark", r.benchmark());
        m.put("rf", r.riskFreeRate());
        m.put("seed", r.seed());
        if (!r.rules().isNone()) {
            m.put("rules", r.rules().asMap());
        }
        m.put("fractional", r.account().fractional());
        m.put("leverage", r.account().leverage());
        m.put("reentry", r.account().sameCloseReentry() ? "same-close" : "none");
        m.put("returns", r.account().returns().text());
        if (!r.timeframe().equals(TimeframeOptions.DAILY)) {
            m.put("timeframe", r.timeframe().timeframe().code());
            m.put("overnight", r.timeframe().holdOvernight() ? "hold" : "flat");
            m.put("hours", r.timeframe().extendedHours() ? "extended" : "regular");
        }
        if (r.preset() != null) {
            m.put("preset", r.preset());
        }
        return m;
    }

    /**
     * Reads a map written by {@link #of}; numbers may come back as any {@link Number}. A map written
     * before the account rules existed reads as {@link AccountRules#CASH_WHOLE_SHARES_PRICE}.
     */
    public static BacktestRequest parse(Map<String, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> params = (Map<String, Object>) m.get("params");
        @SuppressWarnings("unchecked")
        List<String> symbols = (List<String>) m.get("symbols");
        @SuppressWarnings("unchecked")
        Map<String, ?> rules = (Map<String, ?>) m.get("rules");
        return BacktestRequest.builder((String) m.get("strategy"), symbols)
                .params(params)
                .from(date(m.get("from")))
                .to(date(m.get("to")))
                .capital(((Number) m.get("capital")).doubleValue())
                .sizing(SizingRule.parse((String) m.get("sizing")))
                .maxPositions(((Number) m.get("max_positions")).intValue())
                .fill(parseFill((String) m.get("fill")))
                .exitMode("close-only".equals(m.get("exit_mode")) ? ExitMode.CLOSE_ONLY : ExitMode.INTRABAR)
                .commission(FeeModel.parse((String) m.get("commission")))
                .slippage(SlippageModel.parse((String) m.get("slippage")))
                .benchmark((String) m.get("benchmark"))
                .riskFreeRate(((Number) m.get("rf")).doubleValue())
                .seed(((Number) m.get("seed")).longValue())
                .rules(EntryRules.fromMap(rules))
                .account(account(m))
                .timeframe(m.get("timeframe") == null ? TimeframeOptions.DAILY
                        : new TimeframeOptions(Timeframe.ofCode((String) m.get("timeframe")), "hold".equals(m.get("overnight")),
                                "extended".equals(m.get("hours"))))
                .preset(m.get("preset") instanceof String label ? label : null)
                .build();
    }

    private static AccountRules account(Map<String, ?> m) {
        AccountRules old = AccountRules.CASH_WHOLE_SHARES_PRICE;
        return new AccountRules(
                m.get("fractional") instanceof Boolean b ? b : old.fractional(),
                m.get("leverage") instanceof Number n ? n.doubleValue() : old.leverage(),
                m.containsKey("reentry") ? "same-close".equals(m.get("reentry")) : old.sameCloseReentry(),
                m.get("returns") instanceof String t ? ReturnMode.parse(t) : old.returns());
    }

    public static String fillText(FillTiming fill) {
        return fill.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** {@code next-open} or {@code same-close}. */
    public static FillTiming parseFill(String text) {
        for (FillTiming f : FillTiming.values()) {
            if (fillText(f).equalsIgnoreCase(text.trim())) {
                return f;
            }
        }
        throw new IllegalArgumentException("fill '" + text + "': expected next-open or same-close");
    }

    private static LocalDate date(Object text) {
        return text == null ? null : LocalDate.parse((String) text);
    }
}
