package dev.sextant.engine.backtest;

import java.time.Instant;

/** One line of the list of stored backtests. */
public record RunSummary(long id, String strategyId, int symbols, Instant finishedAt, double finalEquity,
        double totalReturn, int trades, String dataFingerprint) {
}
