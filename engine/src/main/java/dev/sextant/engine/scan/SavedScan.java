package dev.sextant.engine.scan;

import java.time.LocalDate;

/** One saved scan: a strategy's signals of one date, and how many there are. */
public record SavedScan(String strategyId, LocalDate date, int signals) {
}
