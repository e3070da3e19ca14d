package dev.sextant.engine.backtest;

import dev.sextant.engine.rules.EntryRules;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything that defines a portfolio backtest. Build with {@link #builder(String, List)}.
 *
 * @param strategyId provider id, see {@link dev.sextant.engine.strategy.StrategyCatalog}
 * @param params raw parameter overrides (numbers or text); unset ones take their defaults
 * @param symbols traded symbols (sorted, distinct)
 * @param from first simulated date, inclusive, or null for the first available bar
 * @param to last simulated date, inclusive, or null for the last available bar
 * @param benchmark symbol of a buy-and-hold benchmark, or null
 * @param riskFreeRate annual, used by Sharpe and Sortino
 * @param seed recorded in the provenance; the simulation itself has no random component
 * @param rules entry filters and risk policy, {@link EntryRules#NONE} for none
 * @param account fractional shares, leverage, same-close re-entry and the return mode
 * @param timeframe the bars' timeframe and, for intraday bars, the session rules
 * @param preset the preset the request was made from, {@code name@version} (e.g. {@code dwap-classic@1}), or null;
 *        a label for provenance only: the other fields hold the values it resolved to
 */
public record BacktestRequest(
        String strategyId,
        Map<String, Object> params,
        List<String> symbols,
        LocalDate from,
        LocalDate to,
        double capital,
        SizingRule sizing,
        int maxPositions,
        FillTiming fill,
        ExitMode exitMode,
        FeeModel commission,
        SlippageModel slippage,
        String benchmark,
        double riskFreeRate,
        long seed,
        EntryRules rules,
        AccountRules account,
        TimeframeOptions timeframe,
        String preset) {

    public BacktestRequest {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(strategyId, "strategyId");
        params = java.util.Collections.unmodifiableMap(new TreeMap<>(params));
        symbols = symbols.stream().distinct().sorted().toList();
        Objects.requireNonNull(sizing, "sizing");
        Objects.requireNonNull(fill, "fill");
        Objects.requireNonNull(exitMode, "exitMode");
        Objects.requireNonNull(commission, "commission");
        Objects.requireNonNull(slippage, "slippage");
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(timeframe, "timeframe");
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("no symbols to trade");
        }
        if (!(capital > 0)) {
            throw new IllegalArgumentException("capital must be positive, got " + capital);
        }
        if (maxPositions < 1) {
            throw new IllegalArgumentException("max positions must be >= 1, got " + maxPositions);
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        if (account.sameCloseReentry() && fill != FillTiming.SAME_CLOSE) {
            throw new IllegalArgumentException("re-entry same-close needs fills at the close (fill same-close);"
                    + " with next-open fills no position is sold at a close");
        }
    }

    /** Symbols whose bars the caller must supply: the traded ones, the benchmark and those the entry filters read. */
    public List<String> requiredSymbols() {
        List<String> all = new ArrayList<>(symbols);
        if (benchmark != null) {
            all.add(benchmark);
        }
        all.addAll(rules.symbols());
        return all.stream().distinct().sorted().toList();
    }

    /** This request with another strategy and its parameter overrides, everything else equal but no preset label. */
    public BacktestRequest withStrategy(String otherStrategyId, Map<String, Object> otherParams) {
        return new BacktestRequest(otherStrategyId, otherParams, symbols, from, to, capital, sizing, maxPositions, fill,
                exitMode, commission, slippage, benchmark, riskFreeRate, seed, rules, account, timeframe, null);
    }

    public static Builder builder(String strategyId, List<String> symbols) {
        return new Builder(strategyId, symbols);
    }

    /** A builder holding every value of this request, to derive a variant (other params, span or capital). */
    public Builder toBuilder() {
        return new Builder(strategyId, symbols).params(params).from(from).to(to).capital(capital).sizing(sizing)
                .maxPositions(maxPositions).fill(fill).exitMode(exitMode).commission(commission).slippage(slippage)
                .benchmark(benchmark).riskFreeRate(riskFreeRate).seed(seed).rules(rules).account(account)
                .timeframe(timeframe).preset(preset);
    }

    /**
     * Defaults: capital 100 000, equal-weight, 10 positions, NEXT_OPEN, INTRABAR, no costs, rf 0, seed 0, no entry
     * rules, {@link AccountRules#CASH_WHOLE_SHARES_PRICE} (new runs of the CLI and the panel choose total returns),
     * daily bars.
     */
    public static final class Builder {
        private final String strategyId;
        private final List<String> symbols;
        private Map<String, Object> params = Map.of();
        private LocalDate from;
        private LocalDate to;
        private double capital = 100_000;
        private SizingRule sizing = new SizingRule.EqualWeight();
        private int maxPositions = 10;
        private FillTiming fill = FillTiming.NEXT_OPEN;
        private ExitMode exitMode = ExitMode.INTRABAR;
        private FeeModel commission = FeeModel.none();
        private SlippageModel slippage = SlippageModel.none();
        private String benchmark;
        private double riskFreeRate;
        private long seed;
        private EntryRules rules = EntryRules.NONE;
        private AccountRules account = AccountRules.CASH_WHOLE_SHARES_PRICE;
        private TimeframeOptions timeframe = TimeframeOptions.DAILY;
        private String preset;

        Builder(String strategyId, List<String> symbols) {
            this.strategyId = strategyId;
            this.symbols = List.copyOf(symbols);
        }

        public Builder params(Map<String, ?> p) {
            this.params = Map.copyOf(p);
            return this;
        }

        public Builder from(LocalDate d) {
            this.from = d;
            return this;
        }

        public Builder to(LocalDate d) {
            this.to = d;
            return this;
        }

        public Builder capital(double c) {
            this.capital = c;
            return this;
        }

        public Builder sizing(SizingRule s) {
            this.sizing = s;
            return this;
        }

        public Builder maxPositions(int m) {
            this.maxPositions = m;
            return this;
        }

        public Builder fill(FillTiming f) {
            this.fill = f;
            return this;
        }

        public Builder exitMode(ExitMode m) {
            this.exitMode = m;
            return this;
        }

        public Builder commission(FeeModel f) {
            this.commission = f;
            return this;
        }

        public Builder slippage(SlippageModel s) {
            this.slippage = s;
            return this;
        }

        public Builder benchmark(String symbol) {
            this.benchmark = symbol;
            return this;
        }

        public Builder riskFreeRate(double r) {
            this.riskFreeRate = r;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder rules(EntryRules r) {
            this.rules = r;
            return this;
        }

        public Builder account(AccountRules a) {
            this.account = a;
            return this;
        }

        public Builder timeframe(TimeframeOptions t) {
            this.timeframe = t;
            return this;
        }

        /** The preset label, {@code name@version}, or null for none. */
        public Builder preset(String label) {
            this.preset = label;
            return this;
        }

        public BacktestRequest build() {
            return new BacktestRequest(strategyId, params, symbols, from, to, capital, sizing, maxPositions, fill,
                    exitMode, commission, slippage, benchmark, riskFreeRate, seed, rules, account, timeframe, preset);
        }
    }
}
