package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.indicator.SessionSma;
import dev.sextant.engine.indicator.SessionVwapIndicator;
import dev.sextant.engine.indicator.Sma;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SessionLabels;
import dev.sextant.engine.market.SharedMarketData;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.calendar.TradingSession;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.sample.SampleMarket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * The one-pass sma-vwap-cross (ring-buffer {@link SessionSma}, crosses read as the difference is computed, shared
 * NaN level columns) gives the signals of the path it replaced, bit for bit: that path is kept here as the
 * reference, each in-session run of closes copied out and averaged by {@link Sma}, the difference, its crosses
 * ({@code up}/{@code down} columns) and the alternation computed as columns one after the other. Compared for every
 * combination of scope, hours and VWAP price, with SMA periods 2, 9 and 20 on the sample market's minute files and
 * 9 on every real daily series laid onto NYSE minutes
 * (its real prices and volumes, one bar a minute from 09:00, so that half an hour of each day is pre-market; skipped
 * without the real data).
 */
class SmaVwapCrossKernelTest {

    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);
    private static final SmaVwapCrossProvider PROVIDER = new SmaVwapCrossProvider();

    @Test
    void sampleMarketMinuteFilesGiveTheSignalsOfTheColumnPath() throws IOException {
        List<String> files = SampleMarket.intradayFiles();
        assertThat(files).hasSizeGreaterThanOrEqualTo(10);
        for (String name : files) {
            assertSameSignals(readSampleMinutes(name), 2, 9, 20);
        }
    }

    @Test
    void realDailySeriesLaidOntoMinutesGiveTheSignalsOfTheColumnPath() throws IOException {
        List<Path> files = SharedMarketData.dailyFilesOrSkip();
        for (Path f : files) {
            assertSameSignals(realAsMinutes(f), 9);
        }
    }

    private static void assertSameSignals(PriceColumns bars, int... periods) {
        for (int period : periods) {
            for (String scope : List.of("continuous", "session")) {
                for (String hours : List.of("regular", "extended")) {
                    for (String price : List.of("typical", "close")) {
                        var params = PROVIDER.paramSpace().resolve(Map.of("smaPeriod", period, "smaScope", scope,
                                "hours", hours, "vwapPrice", price));
                        SignalColumns fast = PROVIDER.computeSignals(bars, params);
                        SignalColumns reference = columnPath(bars, period, scope.equals("session"),
                                hours.equals("extended"), price.equals("close"));
                        String what = bars.symbol() + " " + params.canonical();
                        assertThat(fast.firstTradable()).as(what).isEqualTo(reference.firstTradable());
                        assertThat(fast.entry()).as(what + " entries").isEqualTo(reference.entry());
                        assertThat(fast.exit()).as(what + " exits").isEqualTo(reference.exit());
                        assertBits(fast.rankScore(), reference.rankScore(), what + " rank score");
                        assertBits(fast.indicators().get("sma"), reference.indicators().get("sma"), what + " sma");
                        assertBits(fast.indicators().get("vwap"), reference.indicators().get("vwap"), what + " vwap");
                        assertThat(fast.indicators().keySet()).as(what).containsExactly("sma", "vwap");
                        for (double[] none : List.of(fast.stopLevel(), fast.targetLevel(), fast.trailingFraction(),
                                fast.triggerDistance())) {
                            assertThat(none).as(what).hasSize(bars.size()).containsOnly(Double.NaN);
                        }
                        assertThat(fast.maxHoldBars()).as(what).containsOnly(0);
                        assertThat(fast.strong()).as(what).containsOnly(false);
                    }
                }
            }
        }
    }

    private static void assertBits(double[] actual, double[] expected, String what) {
        assertThat(actual).as(what).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.doubleToLongBits(actual[i]) != Double.doubleToLongBits(expected[i])) {
                throw new AssertionError(what + " at bar " + i + ": " + actual[i] + " instead of " + expected[i]);
            }
        }
    }

    /** The replaced path: in-session runs copied out and averaged by {@link Sma}, then columns of the difference and its crosses. */
    private static SignalColumns columnPath(PriceColumns bars, int period, boolean perSession, boolean extended,
            boolean closePrice) {
        SessionLabels sessions = SessionLabels.of(bars, ExchangeCalendars.NYSE, extended);
        int n = bars.size();
        double[] sma = new double[n];
        java.util.Arrays.fill(sma, Double.NaN);
        int i = 0;
        while (i < n) {
            if (!sessions.inSession(i)) {
                i++;
                continue;
            }
            int end = i;
            List<Integer> index = new ArrayList<>();
            while (end < n && (!perSession || !sessions.inSession(end) || sessions.session(end) == sessions.session(i))) {
                if (sessions.inSession(end)) {
                    index.add(end);
                }
                end++;
            }
            double[] run = new double[index.size()];
            for (int k = 0; k < run.length; k++) {
                run[k] = bars.close()[index.get(k)];
            }
            double[] runSma = Sma.of(run, period);
            for (int k = 0; k < run.length; k++) {
                sma[index.get(k)] = runSma[k];
            }
            i = end;
        }
        double[] vwap = SessionVwapIndicator.compute(bars, sessions,
                closePrice ? SessionVwapIndicator.Price.CLOSE : SessionVwapIndicator.Price.TYPICAL);
        double[] diff = new double[n];
        for (int k = 0; k < n; k++) {
            diff[k] = sma[k] - vwap[k];
        }
        boolean[] up = new boolean[n];
        boolean[] down = new boolean[n];
        int lastSign = 0;
        for (int k = 0; k < n; k++) {
            double v = diff[k];
            if (Double.isNaN(v) || v == 0) {
                continue;
            }
            int sign = v > 0 ? 1 : -1;
            if (lastSign != 0 && sign != lastSign) {
                up[k] = sign > 0;
                down[k] = sign < 0;
            }
            lastSign = sign;
        }
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), n);
        b.firstTradable = period - 1;
        int last = 0;
        for (int k = 0; k < n; k++) {
            if (up[k] && last != 1) {
                b.entry[k] = true;
                last = 1;
            } else if (down[k] && last != -1) {
                b.exit[k] = true;
                last = -1;
            }
            b.rankScore[k] = diff[k] / vwap[k];
        }
        return b.indicator("sma", sma).indicator("vwap", vwap).build();
    }

    /** A sample market minute file ({@code timestamp,open,high,low,close,volume}, New York time). */
    private static PriceColumns readSampleMinutes(String name) throws IOException {
        List<double[]> rows = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        try (BufferedReader r = SampleMarket.reader(name)) {
            r.readLine();
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",", -1);
                times.add(LocalDateTime.parse(f[0], TIMESTAMP).atZone(ExchangeCalendars.NYSE.zone()).toEpochSecond());
                rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3]),
                        Double.parseDouble(f[4]), Double.parseDouble(f[5])});
            }
        }
        return columns(SampleMarket.symbolOf(name), times, rows);
    }

    /**
     * A real daily file's bars ({@code date,open,high,low,close,adj_close,volume}) in order, one a minute from 09:00
     * New York time of NYSE sessions from 2024-01-02 on, until the session closes, then on to the next session.
     */
    private static PriceColumns realAsMinutes(Path file) throws IOException {
        List<double[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file))))) {
            List<String> header = List.of(r.readLine().split(","));
            int[] cols = {header.indexOf("open"), header.indexOf("high"), header.indexOf("low"), header.indexOf("close"),
                    header.indexOf("volume")};
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String[] f = line.split(",");
                double[] row = new double[5];
                for (int c = 0; c < 5; c++) {
                    row[c] = Double.parseDouble(f[cols[c]]);
                }
                rows.add(row);
            }
        }
        List<Long> times = new ArrayList<>();
        LocalDate day = LocalDate.of(2024, 1, 2);
        long t = Long.MIN_VALUE;
        long close = Long.MIN_VALUE;
        while (times.size() < rows.size()) {
            if (t >= close) {
                Optional<TradingSession> s;
                while ((s = ExchangeCalendars.NYSE.session(day)).isEmpty()) {
                    day = day.plusDays(1);
                }
                t = s.get().open() - 30 * 60;
                close = s.get().close();
                day = day.plusDays(1);
            }
            times.add(t);
            t += 60;
        }
        String symbol = file.getFileName().toString().replace(".csv.gz", "");
        return columns(symbol, times, rows);
    }

    private static PriceColumns columns(String symbol, List<Long> times, List<double[]> rows) {
        int n = rows.size();
        long[] time = new long[n];
        double[][] c = new double[5][n];
        for (int i = 0; i < n; i++) {
            time[i] = times.get(i);
            for (int k = 0; k < 5; k++) {
                c[k][i] = rows.get(i)[k];
            }
        }
        return new PriceColumns(symbol, Timeframe.MINUTE_1, time, c[0], c[1], c[2], c[3], c[3], c[4]);
    }
}
