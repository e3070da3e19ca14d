package dev.sextant.engine.bench;

import java.util.Locale;

/**
 * Measurements of one {@link EngineBenchmark} run. "Cold" includes computing signals (Ta4j
 * indicators); "warm" reuses cached signals and measures the simulation itself (best of the warm
 * runs). {@code checksum} hashes every execution, so equal checksums mean identical trading.
 * The Ta4j figures are for the same entry rule and close-based stop/target/trailing exits run
 * per symbol through {@code BarSeriesManager} (no shared capital), including building the series.
 * Heap figures come from {@link HeapWatch}: the peak occupancy and the most memory still reachable
 * after a collection.
 */
public record BenchmarkReport(
        int symbols,
        long bars,
        double portfolioColdMs,
        double portfolioWarmMs,
        int roundTrips,
        double finalEquity,
        long checksum,
        double ta4jMs,
        int ta4jPositions,
        double scanColdMs,
        double scanWarmMs,
        int scanSignals,
        long peakHeapBytes,
        long retainedHeapBytes) {

    public double portfolioWarmBarsPerSecond() {
        return bars / (portfolioWarmMs / 1000.0);
    }

    public double portfolioColdBarsPerSecond() {
        return bars / (portfolioColdMs / 1000.0);
    }

    public double ta4jBarsPerSecond() {
        return bars / (ta4jMs / 1000.0);
    }

    public String format() {
        return String.format(Locale.ROOT, """
                symbols %d, bars %d
                portfolio dwap-breakout (max 6 positions): cold %.1f ms (%.2f M bars/s incl. signals), warm %.1f ms (%.2f M bars/s)
                  round trips %d, final equity %.2f, checksum %016x
                ta4j BarSeriesManager per symbol (DoubleNum): %.1f ms (%.2f M bars/s), positions %d
                scan (latest date half the series share): cold %.1f ms, warm %.1f ms, signals %d
                heap: peak %.0f MB (before a collection), at most %.0f MB still reachable after one""",
                symbols, bars, portfolioColdMs, portfolioColdBarsPerSecond() / 1e6, portfolioWarmMs,
                portfolioWarmBarsPerSecond() / 1e6, roundTrips, finalEquity, checksum, ta4jMs, ta4jBarsPerSecond() / 1e6,
                ta4jPositions, scanColdMs, scanWarmMs, scanSignals, peakHeapBytes / 1e6,
                retainedHeapBytes / 1e6);
    }
}
