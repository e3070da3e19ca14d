package dev.sextant.engine.backtest;

import dev.sextant.engine.market.Timeframe;
import java.util.Objects;

/**
 * The bars a backtest runs on and the session rules of intraday runs.
 *
 * @param timeframe     the bars' timeframe; the backtester refuses bars of another one
 * @param holdOvernight intraday: {@code false} (default) trades flat overnight, dropping entry
 *                      signals on a session's last bar and closing what is still open at that
 *                      bar's close (exit reason {@link ExitReason#SESSION_CLOSE}); {@code true}
 *                      carries positions into the next session as on daily bars
 * @param extendedHours intraday: {@code false} (default) trades regular-hours bars only, bars
 *                      outside the exchange calendar's sessions being left out; {@code true}
 *                      trades every bar, a session then being the exchange-local date
 */
public record TimeframeOptions(Timeframe timeframe, boolean holdOvernight, boolean extendedHours) {

    public static final TimeframeOptions DAILY = new TimeframeOptions(Timeframe.DAILY, false, false);

    public TimeframeOptions {
        Objects.requireNonNull(timeframe, "timeframe");
    }

    /** Flat overnight on regular-hours bars of {@code timeframe}. */
    public static TimeframeOptions of(Timeframe timeframe) {
        return new TimeframeOptions(timeframe, false, false);
    }

    /** Whether open positions are closed at each session's last bar. */
    public boolean flatOvernight() {
        return timeframe.isIntraday() && !holdOvernight;
    }
}
