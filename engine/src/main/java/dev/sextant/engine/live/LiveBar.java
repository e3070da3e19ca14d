package dev.sextant.engine.live;

import dev.sextant.engine.spi.StreamedBar;

/**
 * A minute bar the session has made final (ordered, deduplicated, corrections applied), with the session's SMA and
 * VWAP at it (NaN outside the regular session unless extended hours are on, and during warm-up).
 *
 * @param inSession whether the bar counts for crosses and trading
 */
public record LiveBar(StreamedBar bar, double sma, double vwap, boolean inSession) {
}
