package dev.sextant.engine.spi;

import dev.sextant.engine.market.Timeframe;

/** Which bars a strategy is meant for; running it on others is an error, never a silent run. */
public enum TimeframeSupport {
    /** Any timeframe. */
    ANY("any timeframe"),
    /** Daily, weekly and monthly bars. */
    DAILY("daily and longer bars (1d, 1w, 1mo)"),
    /** Minute and hour bars. */
    INTRADAY("intraday bars (1m, 5m, 15m, 30m, 1h)");

    private final String text;

    TimeframeSupport(String text) {
        this.text = text;
    }

    public boolean supports(Timeframe timeframe) {
        return switch (this) {
            case ANY -> true;
            case DAILY -> !timeframe.isIntraday();
            case INTRADAY -> timeframe.isIntraday();
        };
    }

    /**
     * @throws IllegalArgumentException naming the strategy, what it runs on and the timeframe given
     */
    public void check(String strategyId, Timeframe timeframe) {
        if (!supports(timeframe)) {
            throw new IllegalArgumentException("strategy " + strategyId + " runs on " + text + " only, not on "
                    + timeframe.code() + " bars");
        }
    }
}
