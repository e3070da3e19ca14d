package dev.sextant.engine.bench;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.indicator.DwapIndicator;
import dev.sextant.engine.indicator.Ta4jSeriesAdapter;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.scan.ScanRequest;
import dev.sextant.engine.scan.ScanDate;
import dev.sextant.engine.scan.ScanResult;
import dev.sextant.engine.scan.SignalScanner;
import dev.sextant.engine.strategy.DwapBreakoutProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.List;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseStrategy;
import org.ta4j.core.Rule;
import org.ta4j.core.TradingRecord;
import org.ta4j.core.backtest.BarSeriesManager;
import org.ta4j.core.backtest.TradeOnNextOpenModel;
import org.ta4j.core.indicators.helpers.ClosePriceIndicator;
import org.ta4j.core.indicators.helpers.VolumeIndicator;
import org.ta4j.core.rules.OverOrEqualIndicatorRule;
import org.ta4j.core.rules.StopGainRule;
import org.ta4j.core.rules.StopLossRule;
import org.ta4j.core.rules.TrailingStopLossRule;

/**
 * Measures the engine on in-memory daily series: the dwap-breakout portfolio backtest (default
 * params, max 6 positions, equal weight) cold and warm, the same rules per symbol through plain
 * Ta4j, and a scan of the default scan date ({@link ScanDate}). Wall-clock timings with {@link System#nanoTime()}; run it on an
 * otherwise idle machine.
 */
public final class EngineBenchmark {

    private final int threads;
    private final int warmRuns;

    /**
     * @param threads threads for signal computation
     * @param warmRuns repetitions of the warm backtest and scan; the best is reported
     */
    public EngineBenchmark(int threads, int warmRuns) {
        if (warmRuns < 1) {
            throw new IllegalArgumentException("warmRuns must be >= 1");
        }
        this.threads = threads;
        this.warmRuns = warmRuns;
    }

    public BenchmarkReport run(List<PriceColumns> universe) {
        try (HeapWatch heap = new HeapWatch()) {
            return run(universe, heap);
        }
    }

    private BenchmarkReport run(List<PriceColumns> universe, HeapWatch heap) {
        long bars = universe.stream().mapToLong(PriceColumns::size).sum();
        StrategyCatalog catalog = StrategyCatalog.load();
        SignalCache cache = new SignalCache();
        PortfolioBacktester backtester = new PortfolioBacktester(catalog, cache, threads);
        BacktestRequest request = BacktestRequest.builder(DwapBreakoutProvider.ID,
                universe.stream().map(PriceColumns::symbol).toList()).maxPositions(6).build();

        long t0 = System.nanoTime();
        BacktestResult cold = backtester.run(request, universe);
        double coldMs = (System.nanoTime() - t0) / 1e6;
        double warmMs = Double.MAX_VALUE;
        BacktestResult warm = cold;
        for (int k = 0; k < warmRuns; k++) {
            long t = System.nanoTime();
            warm = backtester.run(request, universe);
            warmMs = Math.min(warmMs, (System.nanoTime() - t) / 1e6);
        }
        long checksum = checksum(warm);
        if (checksum != checksum(cold)) {
            throw new IllegalStateException("warm run traded differently from the cold run");
        }

        long t1 = System.nanoTime();
        int ta4jPositions = runTa4j(universe);
        double ta4jMs = (System.nanoTime() - t1) / 1e6;

        cache.clear(); // the scan starts cold, and the backtest's signals need not stay in memory beside it
        SignalScanner scanner = new SignalScanner(catalog, cache);
        ScanRequest scan = new ScanRequest(DwapBreakoutProvider.ID, java.util.Map.of(), ScanDate.latestShared(universe), 0.02, 20,
                dev.sextant.engine.rules.EntryRules.NONE);
        long t2 = System.nanoTime();
        ScanResult scanned = scanner.scan(scan, universe);
        double scanColdMs = (System.nanoTime() - t2) / 1e6;
        double scanWarmMs = Double.MAX_VALUE;
        for (int k = 0; k < warmRuns; k++) {
            long t = System.nanoTime();
            scanned = scanner.scan(scan, universe);
            scanWarmMs = Math.min(scanWarmMs, (System.nanoTime() - t) / 1e6);
        }
        return new BenchmarkReport(universe.size(), bars, coldMs, warmMs, warm.roundTrips().size(),
                warm.metrics().finalEquity(), checksum, ta4jMs, ta4jPositions, scanColdMs, scanWarmMs,
                scanned.signals().size(), heap.peakBytes(), heap.retainedBytes());
    }

    /**
     * dwap-breakout's default entry (close ≥ DWAP200×1.05, volume ≥ 500 000, close ≥ 15) with
     * Ta4j's close-based StopLoss 8 %, StopGain 20 % and TrailingStopLoss 12 %, next-open fills.
     */
    private static int runTa4j(List<PriceColumns> universe) {
        int positions = 0;
        for (PriceColumns p : universe) {
            BarSeries series = Ta4jSeriesAdapter.toSeries(p);
            double[] dwap = DwapIndicator.compute(p.close(), p.volume(), 200);
            double[] trigger = new double[dwap.length];
            for (int i = 0; i < dwap.length; i++) {
                trigger[i] = dwap[i] * 1.05;
            }
            ClosePriceIndicator close = new ClosePriceIndicator(series);
            Rule entry = new OverOrEqualIndicatorRule(close, new ColumnIndicator(series, trigger, 199))
                    .and(new OverOrEqualIndicatorRule(new VolumeIndicator(series), 500_000))
                    .and(new OverOrEqualIndicatorRule(close, 15));
            Rule exit = new StopLossRule(close, 8).or(new StopGainRule(close, 20))
                    .or(new TrailingStopLossRule(close, series.numFactory().numOf(12)));
            TradingRecord record = new BarSeriesManager(series, new TradeOnNextOpenModel())
                    .run(new BaseStrategy(entry, exit, 199));
            positions += record.getPositionCount();
        }
        return positions;
    }

    private static long checksum(BacktestResult r) {
        long h = 1125899906842597L;
        for (Execution e : r.executions()) {
            h = 31 * h + e.symbol().hashCode();
            h = 31 * h + e.time();
            h = 31 * h + e.shares();
            h = 31 * h + Double.doubleToLongBits(e.price());
        }
        return h;
    }
}
