package dev.sextant.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The shipped minute bars have the shape of a real session, computed from the files: U-shaped
 * volume, wider ranges at the open, thin pre-market trading, and enough symbols and sessions.
 */
class IntradayShapeTest {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final LocalTime FIRST_HALF_HOUR_END = LocalTime.of(10, 0);
    private static final LocalTime MIDDAY_START = LocalTime.of(12, 0);
    private static final LocalTime MIDDAY_END = LocalTime.of(13, 30);
    private static final LocalTime LAST_HALF_HOUR_START = LocalTime.of(15, 30);

    /** Sums of volume, relative range (high − low) / close and bar counts of the windows of a file's full-day sessions. */
    private static final class Windows {
        double openVolume, middayVolume, closeVolume, openRange, middayRange;
        int openBars, middayBars, closeBars, preMarketBars;
        final Set<LocalDate> sessions = new HashSet<>();
        final Set<LocalDate> sessionsWithPreMarket = new HashSet<>();

        void add(LocalDateTime start, double high, double low, double close, long volume) {
            LocalTime time = start.toLocalTime();
            if (time.isBefore(TradingCalendar.OPEN)) {
                preMarketBars++;
                sessionsWithPreMarket.add(start.toLocalDate());
                return;
            }
            sessions.add(start.toLocalDate());
            if (TradingCalendar.isEarlyClose(start.toLocalDate())) {
                return;
            }
            double range = (high - low) / close;
            if (time.isBefore(FIRST_HALF_HOUR_END)) {
                openVolume += volume;
                openRange += range;
                openBars++;
            } else if (!time.isBefore(MIDDAY_START) && time.isBefore(MIDDAY_END)) {
                middayVolume += volume;
                middayRange += range;
                middayBars++;
            } else if (!time.isBefore(LAST_HALF_HOUR_START)) {
                closeVolume += volume;
                closeBars++;
            }
        }
    }

    @Test
    void everyMinuteFileHasUShapedVolumeWideOpeningRangesAndPreMarketBars() throws IOException {
        assertThat(SampleMarket.intradayFiles()).as("symbols with minute bars").hasSizeGreaterThanOrEqualTo(10);
        for (String name : SampleMarket.intradayFiles()) {
            Windows w = read(name);
            assertThat(w.sessions).as(name + " sessions").hasSizeGreaterThanOrEqualTo(60);

            double openMean = w.openVolume / w.openBars;
            double middayMean = w.middayVolume / w.middayBars;
            double closeMean = w.closeVolume / w.closeBars;
            assertThat(openMean).as(name + " mean volume 09:30-10:00 over 12:00-13:30").isGreaterThan(1.5 * middayMean);
            assertThat(closeMean).as(name + " mean volume 15:30-16:00 over 12:00-13:30").isGreaterThan(1.5 * middayMean);
            assertThat(w.openRange / w.openBars).as(name + " mean relative range 09:30-10:00 over 12:00-13:30")
                    .isGreaterThan(1.3 * w.middayRange / w.middayBars);

            assertThat(w.preMarketBars).as(name + " pre-market bars").isPositive();
            assertThat(w.sessionsWithPreMarket).as(name + " sessions with pre-market bars")
                    .hasSizeGreaterThan(w.sessions.size() * 9 / 10);
            assertThat(w.preMarketBars).as(name + " pre-market bars are thin: fewer than half of 08:00-09:29")
                    .isLessThan(w.sessions.size() * 45);
        }
    }

    private static Windows read(String name) throws IOException {
        Windows windows = new Windows();
        try (BufferedReader reader = SampleMarket.reader(name)) {
            reader.readLine();
            for (String row = reader.readLine(); row != null; row = reader.readLine()) {
                String[] f = row.split(",", -1);
                windows.add(LocalDateTime.parse(f[0], TIMESTAMP), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Long.parseLong(f[5]));
            }
        }
        return windows;
    }
}
