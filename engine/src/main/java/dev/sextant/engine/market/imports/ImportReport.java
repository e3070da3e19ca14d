package dev.sextant.engine.market.imports;

import java.util.List;

/** The outcome of an import run, one entry per file in the order given. */
public record ImportReport(List<FileOutcome> files, long elapsedNanos, boolean cancelled) {

    public long barsRead() {
        return files.stream().mapToLong(FileOutcome::barsRead).sum();
    }

    public long barsWritten() {
        return files.stream().flatMap(f -> f.series().stream()).mapToLong(s -> s.written()).sum();
    }

    public List<FileOutcome> rejected() {
        return files.stream().filter(FileOutcome::rejected).toList();
    }

    public double barsPerSecond() {
        return elapsedNanos == 0 ? 0 : barsRead() * 1e9 / elapsedNanos;
    }
}
