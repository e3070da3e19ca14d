package dev.sextant.engine.paper;

/**
 * How a portfolio that has several candidate strategies picks the one it trades: by score
 * ({@link SwitchingRule}) or by the market regime of the day ({@link RegimeMap}). Either way the
 * pick is made at a close and the picked strategy trades from the next day ({@link StrategySelector}).
 */
public sealed interface SwitchingMode permits SwitchingRule, RegimeMap {

    /** Whether deciding needs the market regime of each day. */
    boolean readsRegimes();
}
