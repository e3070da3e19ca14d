package dev.sextant.engine.market.imports;

/** A malformed row left out because skipping bad rows was asked for; {@code line} is 1-based, the header being line 1. */
public record SkippedRow(int line, String reason) {
}
