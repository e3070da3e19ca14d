package dev.sextant.app.research;

import dev.sextant.app.plugins.PluginHost;
import dev.sextant.engine.scan.SignalRepository;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.app.plugins.PluginFailureException;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.scan.ScanDate;
import dev.sextant.engine.scan.ScanRequest;
import dev.sextant.engine.scan.ScanResult;
import dev.sextant.engine.scan.SignalSaveReport;
import dev.sextant.engine.scan.SignalScanner;
import dev.sextant.engine.strategy.SignalCache;
import java.util.List;

/**
 * Scans stored daily bars for a strategy's signals and saves them: what {@code ./sextant scan} and
 * the scanner panel both do. Without a date in the request it scans the latest date on which at
 * least half of the series have a bar ({@link ScanDate#latestShared}).
 */
public final class ScanService {

    private final SignalRepository signals;
    private final PluginHost plugins;
    private final SignalScanner scanner;
    private final MarketLoader market;

    public ScanService(StrategyCatalog strategies, SignalRepository signals, PluginHost plugins, MarketLoader market) {
        this.signals = signals;
        this.plugins = plugins;
        this.market = market;
        this.scanner = new SignalScanner(strategies, new SignalCache());
    }

    /** The scan, what saving its signals did, and the plugin signal sinks that failed to take them. */
    public record Outcome(ScanResult result, SignalSaveReport saved, List<PluginFailureException> sinkFailures) {
    }

    public Outcome scanAndSave(ScanRequest request, List<PriceColumns> bars, int expireDays) {
        return scanAndSave(request, bars, expireDays, ProgressSink.NONE, Cancellation.NEVER);
    }

    /**
     * Scans with progress per symbol ({@link SignalScanner#scan(ScanRequest, java.util.Collection,
     * java.util.Collection, ProgressSink, Cancellation)}), the entry filters reading their series from the home;
     * a scan cancelled before it saves saves nothing.
     */
    public Outcome scanAndSave(ScanRequest request, List<PriceColumns> bars, int expireDays, ProgressSink progress,
            Cancellation cancel) {
        ScanRequest dated = request.date() != null ? request : request.on(ScanDate.latestShared(bars));
        List<PriceColumns> filterBars = request.rules().symbols().stream().map(market::one).toList();
        ScanResult result = scanner.scan(dated, bars, filterBars, progress, cancel);
        cancel.throwIfCancelled();
        SignalSaveReport saved = signals.saveScan(result.signals(), result.date(), expireDays);
        return new Outcome(result, saved, plugins.publishSignals(dated.strategyId(), result.date(), result.signals()));
    }
}
