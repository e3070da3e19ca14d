package dev.sextant.engine.live;

import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.RoundTrip;

/**
 * One paper fill of a {@link LiveSession}, in the backtest's own records (times in epoch seconds of the bar's
 * start): a buy, or a sell together with the round trip it closed ({@code trip} is null for buys).
 */
public record PaperFill(Execution execution, RoundTrip trip) {
}
