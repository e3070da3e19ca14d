package dev.sextant.engine.backtest;

/** Why a position was closed. */
public enum ExitReason {
    SIGNAL, STOP_LOSS, TRAILING_STOP, PROFIT_TARGET, TIME
}
