package dev.sextant.engine.live;

import dev.sextant.engine.indicator.SessionSma;
import dev.sextant.engine.indicator.SessionVwapIndicator;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.spi.Params;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * How a {@link LiveSession} detects crosses, trades them on paper and stores its bars. The cross settings are those
 * of {@code sma-vwap-cross} ({@link dev.sextant.engine.strategy.SmaVwapCrossProvider}) with the same defaults; the
 * paper settings mirror a backtest with {@code --sizing fixed-amount:A}, no costs, next-open fills, flat overnight
 * and one position per symbol.
 *
 * @param smaPeriod        SMA period of the close (default 9)
 * @param vwapPrice        price weighted by volume in the session VWAP (default typical)
 * @param smaScope         SMA across sessions (default) or restarting each session
 * @param extendedHours    false (default): only regular-hours bars count for crosses and trading
 * @param calendar         the exchange calendar of the sessions (default XNYS)
 * @param capital          the paper portfolio's starting cash
 * @param amountPerTrade   the sum each entry buys, in whole shares of the signal bar's close
 * @param finalLag         a minute is final when a later minute of its symbol arrives, or this long after it ended
 * @param storeBatchBars   final bars written to the store in one transaction at the latest once this many wait
 * @param storeBatchAge    ... or once the oldest waiting bar has waited this long (stream clock)
 */
public record LiveSessionConfig(int smaPeriod, SessionVwapIndicator.Price vwapPrice, SessionSma.Scope smaScope,
        boolean extendedHours, ExchangeCalendar calendar, double capital, double amountPerTrade, Duration finalLag,
        int storeBatchBars, Duration storeBatchAge) {

    public LiveSessionConfig {
        Objects.requireNonNull(vwapPrice, "vwapPrice");
        Objects.requireNonNull(smaScope, "smaScope");
        Objects.requireNonNull(calendar, "calendar");
        Objects.requireNonNull(finalLag, "finalLag");
        Objects.requireNonNull(storeBatchAge, "storeBatchAge");
        if (smaPeriod < 2 || smaPeriod > 500) {
            throw new IllegalArgumentException("smaPeriod must be 2..500, got " + smaPeriod);
        }
        if (!(capital > 0)) {
            throw new IllegalArgumentException("capital must be positive, got " + capital);
        }
        if (!(amountPerTrade > 0)) {
            throw new IllegalArgumentException("amountPerTrade must be positive, got " + amountPerTrade);
        }
        if (finalLag.isNegative()) {
            throw new IllegalArgumentException("finalLag must not be negative, got " + finalLag);
        }
        if (storeBatchBars < 1) {
            throw new IllegalArgumentException("storeBatchBars must be >= 1, got " + storeBatchBars);
        }
    }

    /**
     * SMA(9) × typical-price VWAP, continuous SMA, regular hours, XNYS; 100,000 capital, 10,000 a trade; a minute is
     * final 5 s after it ended; store batches of up to 500 bars or 2 s.
     */
    public static LiveSessionConfig defaults() {
        return new LiveSessionConfig(9, SessionVwapIndicator.Price.TYPICAL, SessionSma.Scope.CONTINUOUS, false,
                ExchangeCalendars.NYSE, 100_000, 10_000, Duration.ofSeconds(5), 500, Duration.ofSeconds(2));
    }

    /**
     * These settings with the cross settings of resolved {@code sma-vwap-cross} parameters: {@code smaPeriod},
     * {@code calendar}, {@code vwapPrice}, {@code smaScope}, {@code hours}.
     */
    public LiveSessionConfig withStrategyParams(Params p) {
        return new LiveSessionConfig(p.getInt("smaPeriod"),
                SessionVwapIndicator.Price.valueOf(p.getString("vwapPrice").toUpperCase(Locale.ROOT)),
                p.getString("smaScope").equals("session") ? SessionSma.Scope.PER_SESSION : SessionSma.Scope.CONTINUOUS,
                p.getString("hours").equals("extended"), ExchangeCalendars.of(p.getString("calendar")), capital,
                amountPerTrade, finalLag, storeBatchBars, storeBatchAge);
    }

    public LiveSessionConfig withSmaPeriod(int period) {
        return new LiveSessionConfig(period, vwapPrice, smaScope, extendedHours, calendar, capital, amountPerTrade,
                finalLag, storeBatchBars, storeBatchAge);
    }

    public LiveSessionConfig withExtendedHours(boolean extended) {
        return new LiveSessionConfig(smaPeriod, vwapPrice, smaScope, extended, calendar, capital, amountPerTrade,
                finalLag, storeBatchBars, storeBatchAge);
    }

    public LiveSessionConfig withPaper(double startingCapital, double amount) {
        return new LiveSessionConfig(smaPeriod, vwapPrice, smaScope, extendedHours, calendar, startingCapital, amount,
                finalLag, storeBatchBars, storeBatchAge);
    }

    public LiveSessionConfig withStoreBatch(int bars, Duration age) {
        return new LiveSessionConfig(smaPeriod, vwapPrice, smaScope, extendedHours, calendar, capital, amountPerTrade,
                finalLag, bars, age);
    }

    public LiveSessionConfig withFinalLag(Duration lag) {
        return new LiveSessionConfig(smaPeriod, vwapPrice, smaScope, extendedHours, calendar, capital, amountPerTrade,
                lag, storeBatchBars, storeBatchAge);
    }
}
