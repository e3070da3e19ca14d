package dev.sextant.engine.backtest;

/** Why a position was closed. {@code HAND}: a hand-entered sale in a paper portfolio. */
public enum ExitReason {
    SIGNAL, STOP_LOSS, TRAILING_STOP, PROFIT_TARGET, TIME, HAND
}
