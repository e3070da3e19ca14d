package dev.sextant.app.research.bench;

/**
 * One measured case of the end-to-end benchmark: what was done, its wall time, how many units of work it
 * went through ({@code bars}, or {@code evaluations} for studies, whose pruned trials stop part of the
 * way; 0 when not counted), the largest memory seen (heap occupancy for work inside this process,
 * resident set size for a whole child process; 0 when not measured) and what it produced, so that runs
 * can be compared.
 */
public record BenchCase(String name, double millis, long count, String unit, long peakHeapBytes, long peakRssBytes,
        String result) {

    /** Units of work per second of wall time; NaN when the case counts none. */
    public double perSecond() {
        return count == 0 ? Double.NaN : count / (millis / 1e3);
    }
}
