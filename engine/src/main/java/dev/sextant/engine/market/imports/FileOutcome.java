package dev.sextant.engine.market.imports;

import java.util.List;

/** What happened to one file: the series written, the rows skipped, or the error that rejected it whole. */
public record FileOutcome(String file, List<BarUpsert> series, List<SkippedRow> skipped, String error) {

    public boolean rejected() {
        return error != null;
    }

    public long barsRead() {
        return series.stream().mapToLong(s -> s.added() + s.changed() + s.unchanged()).sum();
    }

    public static FileOutcome rejected(String file, String error) {
        return new FileOutcome(file, List.of(), List.of(), error);
    }
}
