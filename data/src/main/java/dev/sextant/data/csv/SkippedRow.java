package dev.sextant.data.csv;

/** A malformed row left out because {@link ReadOptions#skipBadRows()} was set; {@code line} is 1-based, the header being line 1. */
public record SkippedRow(int line, String reason) {
}
