package dev.sextant.engine.backtest;

/** How stops and targets are watched. */
public enum ExitMode {
    /** Default: triggered by the bar's low/high, filled at the level (or the open on a gap). */
    INTRABAR,
    /** Opt-in: checked against the close only; the exit is an order like a signal exit. */
    CLOSE_ONLY
}
