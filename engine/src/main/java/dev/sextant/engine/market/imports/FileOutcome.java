package dev.sextant.engine.market.imports;

import java.util.List;

/**
 * What happened to one file: the series written, the rows skipped, or the error that rejected it whole.
 *
 * @param layout the vendor layout the file was read as and how its times were written
 *        (e.g. {@code Polygon flat file, epoch nanoseconds}); null when it was rejected
 */
public record FileOutcome(String file, String layout, List<BarUpsert> series, List<SkippedRow> skipped, String error) {

    public boolean rejected() {
        return error != null;
    }

    public long barsRead() {
        return series.stream().mapToLong(s -> s.added() + s.changed() + s.unchanged()).sum();
    }

    public static FileOutcome rejected(String file, String error) {
        return new FileOutcome(file, null, List.of(), List.of(), error);
    }
}
