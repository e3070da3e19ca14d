package dev.sextant.engine.backtest;

import java.time.Instant;

/** A stored backtest: its id, when it ran, and the result exactly as it was computed. */
public record SavedRun(long id, Instant startedAt, Instant finishedAt, BacktestResult result) {
}
