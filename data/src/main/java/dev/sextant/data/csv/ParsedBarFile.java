package dev.sextant.data.csv;

import dev.sextant.engine.market.imports.SkippedRow;

import dev.sextant.engine.market.PriceColumns;
import java.util.List;

/**
 * What one bar file holds.
 *
 * @param sourceName the path or name the file was read from, as used in error messages
 * @param series     one series per symbol, ordered by symbol
 * @param skipped    rows left out (only when {@link ReadOptions#skipBadRows()}), ordered by line
 * @param layout     the vendor layout recognised and how its times were written, e.g.
 *                   {@code Polygon flat file, epoch nanoseconds}
 */
public record ParsedBarFile(String sourceName, List<PriceColumns> series, List<SkippedRow> skipped, String layout) {

    public ParsedBarFile {
        series = List.copyOf(series);
        skipped = List.copyOf(skipped);
    }

    /** Bars over all series. */
    public int barCount() {
        return series.stream().mapToInt(PriceColumns::size).sum();
    }
}
