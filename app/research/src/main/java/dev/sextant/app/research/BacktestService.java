package dev.sextant.app.research;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.RunSummary;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.regime.split.RegimeSplitRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs a portfolio backtest over stored daily bars and saves it with its split by regime: what
 * {@code ./sextant backtest} and the backtest panel both do. One instance keeps one signal cache,
 * so repeated runs over the same bars reuse their signals.
 */
public final class BacktestService {

    private static final List<String> DEFAULT_BENCHMARKS = List.of("SPY", "IDX.SX");

    private final BarRepository bars;
    private final MarketLoader market;
    private final RegimeSplitRepository runs;
    private final BacktestRegimes regimes;
    private final PortfolioBacktester backtester;

    public BacktestService(StrategyCatalog strategies, BarRepository bars, MarketLoader market, RegimeSplitRepository runs,
            BacktestRegimes regimes) {
        this.bars = bars;
        this.market = market;
        this.runs = runs;
        this.regimes = regimes;
        this.backtester = new PortfolioBacktester(strategies, new SignalCache(), Runtime.getRuntime().availableProcessors());
    }

    /** A saved run and its split by regime (null when no index was stored to compute it from). */
    public record Outcome(SavedRun run, RegimeBreakdown byRegime) {
    }

    /**
     * The latest saved run of each strategy that has a {@code by_regime} split, newest first: what
     * was stored when it ran, never recomputed. Runs saved without a split (no index stored then, or
     * saved before migration V4) are passed over for the strategy's next older run.
     */
    public List<RegimeSplit> latestRegimeSplits() {
        List<RegimeSplit> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (RunSummary run : runs.list()) {
            if (seen.contains(run.strategyId())) {
                continue;
            }
            runs.byRegime(run.id()).ifPresent(split -> {
                seen.add(run.strategyId());
                out.add(new RegimeSplit(run.id(), run.strategyId(), run.symbols(), run.finishedAt(), split));
            });
        }
        return out;
    }

    /**
     * The benchmark for a backtest of {@code traded} from {@code from} to {@code to} (both nullable):
     * {@code option} itself, null for {@code none}, or when {@code option} is null the one of SPY and
     * the sample index IDX.SX whose daily bars cover more of the backtest's span (SPY on a tie), else null.
     *
     * @throws IllegalArgumentException when {@code option} names a symbol without daily bars
     */
    public String benchmark(String option, List<PriceColumns> traded, LocalDate from, LocalDate to) {
        Map<String, SeriesInfo> daily = new HashMap<>();
        this.bars.listSeries().stream().filter(s -> s.timeframe() == Timeframe.DAILY).forEach(s -> daily.put(s.symbol(), s));
        if (option != null && !option.isBlank()) {
            if ("none".equalsIgnoreCase(option.trim())) {
                return null;
            }
            if (!daily.containsKey(option.trim())) {
                throw new IllegalArgumentException("no daily bars for benchmark " + option.trim() + " (see ./sextant data list)");
            }
            return option.trim();
        }
        long spanFirst = traded.stream().filter(c -> !c.isEmpty()).mapToLong(c -> c.time()[0]).min().orElse(0);
        long spanLast = traded.stream().filter(c -> !c.isEmpty()).mapToLong(c -> c.time()[c.size() - 1]).max().orElse(0);
        long first = from == null ? spanFirst : Math.max(spanFirst, from.toEpochDay());
        long last = to == null ? spanLast : Math.min(spanLast, to.toEpochDay());
        String best = null;
        long bestOverlap = 0;
        for (String candidate : DEFAULT_BENCHMARKS) {
            SeriesInfo s = daily.get(candidate);
            long overlap = s == null ? 0 : Math.min(last, s.lastTime()) - Math.max(first, s.firstTime());
            if (overlap > bestOverlap) {
                best = candidate;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    /**
     * Runs {@code request} over {@code traded} (plus the bars of the benchmark and of the entry filters, loaded
     * here when not among them), computes its split by regime and saves the run.
     */
    public Outcome runAndSave(BacktestRequest request, List<PriceColumns> traded) {
        return runAndSave(request, traded, ProgressSink.NONE, Cancellation.NEVER);
    }

    /**
     * Runs with progress per symbol and per block of simulated days
     * ({@link PortfolioBacktester#run(BacktestRequest, java.util.Collection, ProgressSink, Cancellation)});
     * a run cancelled before it saves saves nothing.
     */
    public Outcome runAndSave(BacktestRequest request, List<PriceColumns> traded, ProgressSink progress, Cancellation cancel) {
        List<PriceColumns> bars = new ArrayList<>(traded);
        for (String symbol : request.requiredSymbols()) {
            if (bars.stream().noneMatch(p -> p.symbol().equals(symbol))) {
                bars.add(market.one(symbol));
            }
        }
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        BacktestResult result = backtester.run(request, bars, progress, cancel);
        Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        RegimeBreakdown byRegime = regimes.of(result).orElse(null);
        cancel.throwIfCancelled();
        long id = runs.save(result, byRegime, started, finished);
        return new Outcome(new SavedRun(id, started, finished, result), byRegime);
    }
}
