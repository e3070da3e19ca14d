package dev.sextant.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.spi.SignalColumns;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

/**
 * Five 1-minute bars: indexes 0-1 on 2024-03-04 (an up-cross at 0), 2-4 on 2024-03-05 (up at 3,
 * down at 4). The latest session's crosses are the 03-05 ones: the up-cross closes at 12 over a
 * VWAP of 10 (distance +20 %, 4 − 3 = 1 bar since), the down-cross at 9 (−10 %, 0 bars since).
 * The 03-04 session's only cross is index 0, 4 bars before the last.
 */
class SessionCrossScannerTest {

    private static final ZoneId NY = ZoneId.of("America/New_York");

    @Test
    void listsTheLatestSessionsCrossesWithTheirDistanceFromVwap() {
        long d1 = ZonedDateTime.of(2024, 3, 4, 10, 0, 0, 0, NY).toEpochSecond();
        long d2 = ZonedDateTime.of(2024, 3, 5, 9, 30, 0, 0, NY).toEpochSecond();
        long[] t = {d1, d1 + 60, d2, d2 + 60, d2 + 120};
        double[] c = {10, 11, 10, 12, 9};
        PriceColumns bars = new PriceColumns("X", Timeframe.MINUTE_1, t, c, c, c, c, c, new double[] {1, 1, 1, 1, 1});
        SignalColumns.Builder b = SignalColumns.builder("X", 5);
        b.entry[0] = true;
        b.entry[3] = true;
        b.exit[4] = true;
        SignalColumns signals = b.indicator("vwap", new double[] {10, 10, 10, 10, 10}).build();
        var scanner = new SessionCrossScanner(ExchangeCalendars.NYSE);

        var latest = scanner.crosses(bars, signals, null);
        assertThat(latest).extracting(SessionCross::time, SessionCross::direction, SessionCross::price, SessionCross::barsSince)
                .containsExactly(tuple(d2 + 60, "up", 12.0, 1), tuple(d2 + 120, "down", 9.0, 0));
        assertThat(latest.get(0).distance()).isCloseTo(0.2, within(1e-12));
        assertThat(latest.get(1).distance()).isCloseTo(-0.1, within(1e-12));

        assertThat(scanner.crosses(bars, signals, LocalDate.of(2024, 3, 4))).extracting(SessionCross::time, SessionCross::barsSince)
                .containsExactly(tuple(d1, 4));
        assertThat(scanner.crosses(bars, signals, LocalDate.of(2024, 3, 6))).isEmpty();
    }
}
