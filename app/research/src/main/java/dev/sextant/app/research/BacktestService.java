package dev.sextant.app.research;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.RunSummary;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.PaperTrader;
import dev.sextant.engine.paper.RegimeMapBacktest;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.CorporateActionSource;
import dev.sextant.engine.regime.split.RegimeSplitRepository;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
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

    /** @param actions the recorded dividends that runs with total returns credit */
    public BacktestService(StrategyCatalog strategies, BarRepository bars, MarketLoader market, RegimeSplitRepository runs,
            BacktestRegimes regimes, CorporateActionSource actions) {
        this.bars = bars;
        this.market = market;
        this.runs = runs;
        this.regimes = regimes;
        this.backtester = new PortfolioBacktester(strategies, new SignalCache(), Runtime.getRuntime().availableProcessors(),
                actions);
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
        List<PriceColumns> bars = withRequiredBars(request, traded);
        Instant started = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        BacktestResult result = backtester.run(request, bars, progress, cancel);
        Instant finished = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        cancel.throwIfCancelled();
        return save(result, started, finished);
    }

    /** Saves a run made elsewhere (for example on a cluster) as {@link #runAndSave} saves its own, with its split by regime. */
    public Outcome save(BacktestResult result, Instant started, Instant finished) {
        RegimeBreakdown byRegime = regimes.of(result).orElse(null);
        long id = runs.save(result, byRegime, started, finished);
        return new Outcome(new SavedRun(id, started, finished, result), byRegime);
    }

    /**
     * A regime map's backtest, each of its strategies run alone with the same settings over the same days, and
     * the index whose regimes drove it.
     *
     * @param alone each candidate label's own backtest, in the plan's candidate order
     */
    public record RegimeMapOutcome(RegimeMapPlan plan, BacktestRequest request, RegimeSymbols regimeSymbols,
            RegimeMapBacktest.Result result, Map<String, BacktestResult> alone) {
    }

    /**
     * Backtests {@code plan} over {@code traded} as a paper portfolio with that map would have traded it
     * ({@link RegimeMapBacktest}), on the regimes of the default index ({@link BacktestRegimes#classify()}). The run is
     * not saved.
     *
     * @param request the settings every strategy trades with; its strategy is ignored; no first day = the first bar
     * @throws IllegalArgumentException when no index is stored to classify regimes from, or for what a backtest rejects
     */
    public RegimeMapOutcome runRegimeMap(RegimeMapPlan plan, BacktestRequest request, List<PriceColumns> traded) {
        BacktestRegimes.Classified classified = regimes.classify().orElseThrow(() -> new IllegalArgumentException(
                "a regime map needs market regimes: " + BacktestRegimes.missingNote().replace("note: no by_regime table: ", "")));
        List<PriceColumns> bars = withRequiredBars(request, traded);
        LocalDate first = request.from() != null ? request.from() : LocalDate.ofEpochDay(traded.stream()
                .filter(p -> !p.isEmpty()).mapToLong(p -> p.time()[0]).min()
                .orElseThrow(() -> new IllegalArgumentException("the traded symbols have no daily bars")));
        LocalDate last = request.to() != null ? request.to() : LocalDate.ofEpochDay(traded.stream()
                .filter(p -> !p.isEmpty()).mapToLong(p -> p.time()[p.size() - 1]).max().orElseThrow());
        BacktestRequest span = request.toBuilder().from(first).to(last).build();
        RegimeMapBacktest.Result result = RegimeMapBacktest.run(new PaperTrader(backtester), span, plan.candidates(),
                plan.map(), bars, classified.byDate(), last);
        Map<String, BacktestResult> alone = new LinkedHashMap<>();
        for (Candidate c : plan.candidates()) {
            alone.put(c.label(), backtester.run(span.withStrategy(c.strategyId(), c.params()), bars));
        }
        return new RegimeMapOutcome(plan, span, classified.symbols(), result, alone);
    }

    /** {@code traded} plus the bars of every other symbol the request needs (its benchmark, its rules' inputs), loaded here. */
    public List<PriceColumns> withRequiredBars(BacktestRequest request, List<PriceColumns> traded) {
        List<PriceColumns> bars = new ArrayList<>(traded);
        for (String symbol : request.requiredSymbols()) {
            if (bars.stream().noneMatch(p -> p.symbol().equals(symbol))) {
                bars.add(market.one(symbol));
            }
        }
        return bars;
    }
}
