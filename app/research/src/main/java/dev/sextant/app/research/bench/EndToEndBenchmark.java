package dev.sextant.app.research.bench;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.SimulationChoices;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.bench.HeapWatch;
import dev.sextant.engine.bench.WalkForwardBenchmark;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.DwapBreakoutProvider;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.ToLongFunction;

/**
 * What a user waits for, measured inside one process through the same services the CLI and the panels
 * call: loading a universe's daily bars, backtests from request to saved run (sma-cross and
 * dwap-breakout, each first with other parameters so that the timed run finds the JVM and the bars warm
 * but computes its own indicator columns), an optimizer study and the walk-forward benchmark. Every
 * case is timed from the call to the saved result and watched for its peak heap. Bars per second are given where
 * every bar is gone through once (loading, backtests); the optimizer and walk-forward cases give evaluations per
 * second instead, since pruned trials stop part of the way.
 */
public final class EndToEndBenchmark {

    private static final String SMA_CROSS = "sma-cross";
    private static final String BARS = "bars";
    private static final String EVALUATIONS = "evaluations";

    private final AppContext ctx;
    private final String universe;
    private final int threads;
    private final int studySymbols;
    private final int trials;

    /**
     * @param threads threads of the optimizer and walk-forward cases
     * @param studySymbols symbols taken, alphabetically, for the optimizer and walk-forward cases (the issue's: 100)
     * @param trials optimizer trials, and walk-forward trials per fold (the issue's: 200)
     */
    public EndToEndBenchmark(AppContext ctx, String universe, int threads, int studySymbols, int trials) {
        this.ctx = ctx;
        this.universe = universe;
        this.threads = threads;
        this.studySymbols = studySymbols;
        this.trials = trials;
    }

    /** Runs every case in order, handing each to {@code onCase} as it finishes; returns the universe's symbols, sorted. */
    public List<String> run(Consumer<BenchCase> onCase) {
        List<PriceColumns> all = time(onCase, "load universe " + universe + " (first load in the process)",
                () -> ctx.market().load(MarketChoice.ofUniverse(universe)).series(),
                bars -> bars.size() + " series", BARS, EndToEndBenchmark::barCount);
        List<String> symbols = all.stream().map(PriceColumns::symbol).sorted().toList();
        String sma = SMA_CROSS + " " + universe + ", request to saved run";
        backtest(onCase, sma + ", cold (first run, fast 10 / slow 30)", SMA_CROSS, Map.of("fast", 10, "slow", 30));
        backtest(onCase, sma + ", warm (fast 20 / slow 50)", SMA_CROSS, Map.of("fast", 20, "slow", 50));
        String dwap = DwapBreakoutProvider.ID + " " + universe + ", request to saved run";
        backtest(onCase, dwap + ", first dwap run (period 150)", DwapBreakoutProvider.ID, Map.of("period", 150));
        backtest(onCase, dwap + ", warm (defaults)", DwapBreakoutProvider.ID, Map.of());

        List<String> first = symbols.subList(0, Math.min(studySymbols, symbols.size()));
        String studyName = "bench-optimizer-" + System.currentTimeMillis();
        time(onCase, "optimizer study, " + trials + " trials over " + first.size() + " symbols (GA, dwap-breakout, 4 params)",
                () -> ctx.research().optimizer().run(WalkForwardBenchmark.study(studyName, first, threads, trials),
                        ProgressSink.NONE, Cancellation.NEVER),
                r -> r.trials().size() + " trials, best " + r.bestParams(), EVALUATIONS, r -> r.trials().size());
        time(onCase, "walk-forward benchmark, " + first.size() + " symbols, 2y/6m rolling, " + trials + " trials per fold",
                () -> ctx.research().walkForwards().runAndSave("bench-walkforward",
                        WalkForwardBenchmark.request(first, threads, trials),
                        ctx.market().load(MarketChoice.ofSymbols(first)).series(), ProgressSink.NONE, Cancellation.NEVER),
                r -> String.format(Locale.ROOT, "%d folds, OOS CAGR %.4f, Sharpe %.4f", r.folds().size(),
                        r.summary().oosCagr(), r.summary().oosSharpe()),
                EVALUATIONS, r -> r.summary().totalTrials());
        return symbols;
    }

    private record Backtested(long bars, BacktestResult result) {
    }

    /**
     * Loads the universe, picks the benchmark, runs and saves, as {@code ./sextant backtest --universe --returns price}
     * does (price returns, as the numbers in docs/benchmarks.md were measured).
     */
    private void backtest(Consumer<BenchCase> onCase, String name, String strategy, Map<String, Object> params) {
        BacktestService service = ctx.research().backtests();
        time(onCase, name, () -> {
            List<PriceColumns> series = ctx.market().load(MarketChoice.ofUniverse(universe)).series();
            List<String> traded = series.stream().map(PriceColumns::symbol).toList();
            BacktestRequest request = SimulationChoices.defaults().withReturns("price").applyTo(BacktestRequest.builder(strategy, traded).params(params))
                    .benchmark(service.benchmark(null, series, null, null)).build();
            return new Backtested(barCount(series), service.runAndSave(request, series).run().result());
        }, b -> String.format(Locale.ROOT, "%d round trips, final equity %.2f", b.result().roundTrips().size(),
                b.result().metrics().finalEquity()), BARS, Backtested::bars);
    }

    /** Runs {@code work}, hands its case to {@code onCase} and returns what it produced. */
    private static <T> T time(Consumer<BenchCase> onCase, String name, Supplier<T> work, Function<T, String> describe,
            String unit, ToLongFunction<T> count) {
        try (HeapWatch heap = new HeapWatch()) {
            long t0 = System.nanoTime();
            T value = work.get();
            double ms = (System.nanoTime() - t0) / 1e6;
            onCase.accept(new BenchCase(name, ms, count.applyAsLong(value), unit, heap.peakBytes(), 0,
                    describe.apply(value)));
            return value;
        }
    }

    private static long barCount(List<PriceColumns> series) {
        return series.stream().mapToLong(PriceColumns::size).sum();
    }
}
