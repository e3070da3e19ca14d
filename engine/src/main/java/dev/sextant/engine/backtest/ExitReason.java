package dev.sextant.engine.backtest;

/**
 * Why a position was closed. {@code HAND}: a hand-entered sale in a paper portfolio;
 * {@code SESSION_CLOSE}: an intraday position still open at its session's last bar, closed at
 * that bar's close (flat overnight, {@link TimeframeOptions}).
 */
public enum ExitReason {
    SIGNAL, STOP_LOSS, TRAILING_STOP, PROFIT_TARGET, TIME, HAND, SESSION_CLOSE
}
