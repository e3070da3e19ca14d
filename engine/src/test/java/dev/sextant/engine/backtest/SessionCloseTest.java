package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.strategy.DwapBreakoutProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.SmaVwapCrossProvider;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Intraday fills and the end-of-session rule on 30-minute bars of two NYSE sessions, worked out
 * by hand (all-in sizing, capital 1 000, no costs; high/low = max/min of open and close):
 * <pre>
 *  bar                      open close  tradable  script
 *  03-05 09:00 (pre-market)   50   50   no        -
 *  t0 03-05 14:30             10   11   yes       entry
 *  t1 03-05 15:00             12   13   yes       -
 *  t2 03-05 15:30 (last)      14   15   yes       entry
 *  t3 03-06 09:30             20   21   yes       exit
 *  t4 03-06 10:00             22   23   yes       entry
 *  t5 03-06 15:30 (last)      24   25   yes       -
 *  03-06 16:00 (after-hours)  30   30   no        -
 * </pre>
 * Flat overnight: t0's entry fills at t1's open 12 with floor(1000/11) = 90 shares cut to what
 * the cash buys, floor(90 × 1000/1080) = 83 (996); still open at t2's close, it is sold there at
 * 15 (session_close, P&amp;L 83 × 3 = 249, cash 1 249). t2's entry is the session's last bar:
 * dropped. t3's exit has nothing to sell. t4's entry (the bar before the last) fills at t5's open
 * 24: floor(1249/23) = 54 cut to floor(54 × 1249/1296) = 52 shares (1 248), sold at t5's close 25
 * (session_close, P&amp;L 52). Final equity 1 301.
 * <p>
 * Holding overnight: the same first entry (83 at 12) is kept through t2; t3's exit sells it at
 * t4's open 22 (signal, P&amp;L 83 × 10 = 830, cash 1 830); t4's entry buys at t5's open 24:
 * floor(1830/23) = 79 cut to floor(79 × 1830/1896) = 76 shares, still open at the end.
 */
class SessionCloseTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");

    private static long at(int day, int hour, int minute) {
        return ZonedDateTime.of(2024, 3, day, hour, minute, 0, 0, NY).toEpochSecond();
    }

    private static PriceColumns bars() {
        long[] t = {at(5, 9, 0), at(5, 14, 30), at(5, 15, 0), at(5, 15, 30), at(6, 9, 30), at(6, 10, 0), at(6, 15, 30),
                at(6, 16, 0)};
        double[] open = {50, 10, 12, 14, 20, 22, 24, 30};
        double[] close = {50, 11, 13, 15, 21, 23, 25, 30};
        double[] high = new double[t.length];
        double[] low = new double[t.length];
        for (int i = 0; i < t.length; i++) {
            high[i] = Math.max(open[i], close[i]);
            low[i] = Math.min(open[i], close[i]);
        }
        return new PriceColumns("X", Timeframe.MINUTE_30, t, open, high, low, close, close.clone(), new double[t.length]);
    }

    private static BacktestResult run(boolean holdOvernight) {
        ScriptedProvider script = new ScriptedProvider().script("X", b -> {
            assertThat(b.entry).as("the strategy sees the six regular-hours bars only").hasSize(6);
            b.entry[0] = true;
            b.entry[2] = true;
            b.exit[3] = true;
            b.entry[4] = true;
        });
        BacktestRequest request = BacktestRequest.builder("scripted", List.of("X")).capital(1_000).maxPositions(1)
                .sizing(new SizingRule.AllIn())
                .timeframe(new TimeframeOptions(Timeframe.MINUTE_30, holdOvernight, false)).build();
        return new PortfolioBacktester(new StrategyCatalog(List.of(script)), new SignalCache(), 1).run(request, List.of(bars()));
    }

    @Test
    void flatOvernightClosesAtTheSessionsLastBarAndDropsItsEntrySignal() {
        BacktestResult r = run(false);
        assertThat(r.roundTrips()).extracting(RoundTrip::entryTime, RoundTrip::entryPrice, RoundTrip::shares,
                RoundTrip::exitTime, RoundTrip::exitPrice, RoundTrip::exitReason, RoundTrip::pnl).containsExactly(
                tuple(at(5, 15, 0), 12.0, 83.0, at(5, 15, 30), 15.0, ExitReason.SESSION_CLOSE, 249.0),
                tuple(at(6, 15, 30), 24.0, 52.0, at(6, 15, 30), 25.0, ExitReason.SESSION_CLOSE, 52.0));
        assertThat(r.metrics().finalEquity()).isEqualTo(1_301.0);
        assertThat(r.curve().time()).hasSize(6);
    }

    @Test
    void holdingOvernightCarriesThePositionToTheNextSession() {
        BacktestResult r = run(true);
        assertThat(r.roundTrips()).extracting(RoundTrip::entryTime, RoundTrip::entryPrice, RoundTrip::shares,
                RoundTrip::exitTime, RoundTrip::exitPrice, RoundTrip::exitReason).containsExactly(
                tuple(at(5, 15, 0), 12.0, 83.0, at(6, 10, 0), 22.0, ExitReason.SIGNAL),
                tuple(at(6, 15, 30), 24.0, 76.0, null, null, null));
    }

    @Test
    void strategiesRefuseTimeframesTheyAreNotMeantFor() {
        var catalog = new StrategyCatalog(List.of(new SmaVwapCrossProvider(), new DwapBreakoutProvider()));
        var backtester = new PortfolioBacktester(catalog, new SignalCache(), 1);
        assertThatThrownBy(() -> backtester.run(BacktestRequest.builder("dwap-breakout", List.of("X"))
                .timeframe(TimeframeOptions.of(Timeframe.MINUTE_30)).build(), List.of(bars())))
                .hasMessage("strategy dwap-breakout runs on daily and longer bars (1d, 1w, 1mo) only, not on 30m bars");
        assertThatThrownBy(() -> backtester.run(BacktestRequest.builder("sma-vwap-cross", List.of("X")).build(),
                List.of(bars())))
                .hasMessage("strategy sma-vwap-cross runs on intraday bars (1m, 5m, 15m, 30m, 1h) only, not on 1d bars");
        assertThatThrownBy(() -> backtester.run(BacktestRequest.builder("sma-vwap-cross", List.of("X"))
                .timeframe(TimeframeOptions.of(Timeframe.MINUTE_5)).build(), List.of(bars())))
                .hasMessage("the request is for 5m bars but 30m bars were supplied");
    }
}
