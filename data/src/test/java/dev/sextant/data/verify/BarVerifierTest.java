package dev.sextant.data.verify;

import dev.sextant.engine.market.verify.VerificationReport;

import dev.sextant.engine.market.verify.FindingTable;

import dev.sextant.engine.market.verify.FindingKind;

import dev.sextant.engine.market.verify.Finding;

import dev.sextant.engine.market.verify.BarVerifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class BarVerifierTest {

    private final BarVerifier verifier = new BarVerifier();

    @Test
    void cleanSeriesHasNoFindings() {
        Bars bars = new Bars("OK", Timeframe.DAILY);
        // Thursday, Friday, Monday (weekend), Tuesday, Thursday... and a long weekend Friday -> Tuesday (4 days)
        for (String date : List.of("2024-01-11", "2024-01-12", "2024-01-16", "2024-01-17", "2024-01-18", "2024-01-19", "2024-01-23")) {
            bars.add(day(date), 10, 11, 9, 10.5, 10.5, 100);
        }
        VerificationReport report = verifier.verify(bars.build());
        assertThat(report.findings()).isEmpty();
        assertThat(report.countsByKind()).containsEntry(FindingKind.CALENDAR_GAP, 0);
    }

    @Test
    void dailyGapOfMoreThanFourCalendarDays() {
        Bars bars = new Bars("SPY", Timeframe.DAILY);
        bars.add(day("2001-09-10"), 10, 11, 9, 10, 10, 100);
        bars.add(day("2001-09-17"), 10, 11, 9, 10, 10, 100);
        bars.add(day("2001-09-18"), 10, 11, 9, 10, 10, 100);
        VerificationReport report = verifier.verify(bars.build());
        assertThat(report.findings()).containsExactly(new Finding("SPY", Timeframe.DAILY, day("2001-09-17"), "2001-09-17",
                FindingKind.CALENDAR_GAP, "7 calendar days since 2001-09-10 (4 weekdays without a bar)"));
    }

    @Test
    void intradayGapInsideASessionButNotOvernight() {
        Bars bars = new Bars("ES", Timeframe.MINUTE_5);
        for (String t : List.of("2024-01-02T14:30:00Z", "2024-01-02T14:35:00Z", "2024-01-02T14:55:00Z", "2024-01-02T20:55:00Z",
                "2024-01-03T14:30:00Z")) {
            bars.add(Instant.parse(t).getEpochSecond(), 10, 11, 9, 10, 10, 100);
        }
        List<Finding> gaps = verifier.verify(bars.build()).ofKind(FindingKind.CALENDAR_GAP);
        assertThat(gaps).extracting(Finding::at).containsExactly("2024-01-02T14:55:00Z", "2024-01-02T20:55:00Z");
        assertThat(gaps.getFirst().detail()).isEqualTo("15 minutes without a bar after 09:35 America/New_York (bars every 5m)");
    }

    /**
     * Half-hour bars around Independence Day 2024 (New York summer time, UTC-4): 2 July misses
     * 11:00 and 11:30 and has three bars outside 09:30-16:00; 3 July closes at 13:00, misses its
     * 12:30 bar and has one at 13:00; 4 July is a holiday with one bar; 5 July has none; 8 July
     * ends the data after its 09:30 bar. Expected findings worked out by hand from the calendar.
     */
    @Test
    void intradayFindingsFollowTheExchangeCalendar() {
        Bars bars = new Bars("IDX", Timeframe.MINUTE_30);
        List<String> stamps = new ArrayList<>(List.of("2024-07-02T08:00"));
        for (String t : List.of("09:30", "10:00", "10:30", "12:00", "12:30", "13:00", "13:30", "14:00", "14:30", "15:00",
                "15:30", "16:00", "17:30")) {
            stamps.add("2024-07-02T" + t);
        }
        for (String t : List.of("09:30", "10:00", "10:30", "11:00", "11:30", "12:00", "13:00")) {
            stamps.add("2024-07-03T" + t);
        }
        stamps.add("2024-07-04T10:00");
        stamps.add("2024-07-08T09:30");
        for (String t : stamps) {
            bars.add(java.time.LocalDateTime.parse(t).atZone(java.time.ZoneId.of("America/New_York")).toEpochSecond(),
                    10, 11, 9, 10, 10, 100);
        }
        VerificationReport report = verifier.verify(bars.build());

        assertThat(report.findings()).extracting(Finding::at, Finding::kind, Finding::detail).containsExactly(
                tuple("2024-07-02T12:00:00Z", FindingKind.OUTSIDE_SESSION,
                        "3 bars outside the 09:30-16:00 session (08:00 to 17:30 America/New_York)"),
                tuple("2024-07-02T16:00:00Z", FindingKind.CALENDAR_GAP,
                        "60 minutes without a bar after 10:30 America/New_York (bars every 30m)"),
                tuple("2024-07-03T16:00:00Z", FindingKind.CALENDAR_GAP,
                        "30 minutes without a bar before the 13:00 close (bars every 30m)"),
                tuple("2024-07-03T17:00:00Z", FindingKind.OUTSIDE_SESSION,
                        "1 bar outside the 09:30-13:00 session (13:00 to 13:00 America/New_York)"),
                tuple("2024-07-04T14:00:00Z", FindingKind.OUTSIDE_SESSION,
                        "1 bar on 2024-07-04, which has no session (10:00 to 10:00 America/New_York)"),
                tuple("2024-07-08T13:30:00Z", FindingKind.CALENDAR_GAP, "no bars on trading day 2024-07-05"));
    }

    @Test
    void zeroVolume() {
        Bars bars = new Bars("^VIX", Timeframe.DAILY);
        bars.add(day("2024-01-02"), 10, 11, 9, 10, 10, 0);
        bars.add(day("2024-01-03"), 10, 11, 9, 10, 10, 5);
        assertThat(verifier.verify(bars.build()).findings()).containsExactly(new Finding("^VIX", Timeframe.DAILY,
                day("2024-01-02"), "2024-01-02", FindingKind.ZERO_VOLUME, "volume is 0"));
    }

    @Test
    void ohlcViolations() {
        Bars bars = new Bars("X", Timeframe.DAILY);
        bars.add(day("2024-01-02"), 10, 9, 11, 10, 10, 1);
        bars.add(day("2024-01-03"), 10, 10.5, 9, 10.8, 10.8, 1);
        bars.add(day("2024-01-04"), 10, 11, 10.2, 10.5, 10.5, 1);
        bars.add(day("2024-01-05"), 10, 11, 0, 10.5, 10.5, 1);
        assertThat(verifier.verify(bars.build()).ofKind(FindingKind.OHLC_VIOLATION)).extracting(Finding::at, Finding::detail)
                .containsExactly(
                        tuple("2024-01-02", "high 9.0 is below low 11.0; high 9.0 is below max(open, close) 10.0; "
                                + "low 11.0 is above min(open, close) 10.0"),
                        tuple("2024-01-03", "high 10.5 is below max(open, close) 10.8"),
                        tuple("2024-01-04", "low 10.2 is above min(open, close) 10.0"),
                        tuple("2024-01-05", "low 0.0 is not a positive finite number"));
    }

    @Test
    void suspiciousJumpAboveThirtyFivePercentOnly() {
        Bars bars = new Bars("AIG", Timeframe.DAILY);
        bars.add(day("2008-09-12"), 22, 23, 21, 22, 22, 1);
        bars.add(day("2008-09-15"), 18, 19, 8, 8.8, 8.8, 1);   // -60 %
        bars.add(day("2008-09-16"), 8.8, 12, 8.5, 11.8, 11.8, 1);  // +34 %: below the threshold
        VerificationReport report = verifier.verify(bars.build());
        assertThat(report.findings()).extracting(Finding::at, Finding::kind, Finding::detail).containsExactly(
                tuple("2008-09-15", FindingKind.SUSPICIOUS_JUMP, "close 22.0 -> 8.8 (-60.0 %)"));
    }

    @Test
    void splitLikeJumpWhenCloseAndOpenMoveByASplitRatioButAdjustedCloseDoesNot() {
        Bars bars = new Bars("AAPL", Timeframe.DAILY);
        bars.add(day("2020-08-28"), 500, 510, 495, 499.2, 124.8, 1);
        bars.add(day("2020-08-31"), 127.6, 131, 126, 127.0, 127.0, 4);     // 4:1 split, adj +1.8 %
        bars.add(day("2020-09-01"), 132.8, 134.8, 130.5, 134.2, 134.2, 4);
        List<Finding> findings = verifier.verify(bars.build()).findings();
        assertThat(findings).extracting(Finding::kind).containsExactly(FindingKind.SPLIT_LIKE_JUMP);
        assertThat(findings.getFirst().detail()).isEqualTo(
                "close 499.2 -> 127.0 (-74.6 %), open 127.6, adj close 124.8 -> 127.0: looks like a split ratio of 0.2500");
    }

    @Test
    void threeForTwoSplitBelowTheJumpThresholdIsStillSplitLike() {
        Bars bars = new Bars("X", Timeframe.DAILY);
        bars.add(day("2024-01-02"), 30, 31, 29, 30, 20, 1);
        bars.add(day("2024-01-03"), 20.1, 20.5, 19.8, 20.2, 20.2, 1);
        assertThat(verifier.verify(bars.build()).findings()).extracting(Finding::kind).containsExactly(FindingKind.SPLIT_LIKE_JUMP);
    }

    @Test
    void halvingThatMovesTheAdjustedCloseToo_orOpensUnchanged_isNotSplitLike() {
        Bars crash = new Bars("CRASH", Timeframe.DAILY);
        crash.add(day("2024-01-02"), 20, 21, 19, 20, 20, 1);
        crash.add(day("2024-01-03"), 10.1, 10.5, 9.8, 10, 10, 1);        // adj close halves too: a real crash
        Bars intraday = new Bars("INTRA", Timeframe.DAILY);
        intraday.add(day("2024-01-02"), 20, 21, 19, 20, 10, 1);
        intraday.add(day("2024-01-03"), 20, 20.5, 9.8, 10, 10, 1);        // opens unchanged, falls during the day
        VerificationReport report = verifier.verify(List.of(intraday.build(), crash.build()));
        assertThat(report.findings()).extracting(Finding::symbol, Finding::kind).containsExactly(
                tuple("CRASH", FindingKind.SUSPICIOUS_JUMP),
                tuple("INTRA", FindingKind.SUSPICIOUS_JUMP));
    }

    @Test
    void findingsSerializeToJsonAndRenderAsATable() {
        Finding finding = new Finding("^VIX", Timeframe.DAILY, day("2024-01-02"), "2024-01-02", FindingKind.ZERO_VOLUME, "volume is 0");
        String json = JsonMapper.builder().build().writeValueAsString(new VerificationReport(List.of(finding)));
        assertThat(json).isEqualTo("{\"findings\":[{\"symbol\":\"^VIX\",\"timeframe\":\"DAILY\",\"time\":19724,"
                + "\"at\":\"2024-01-02\",\"kind\":\"ZERO_VOLUME\",\"detail\":\"volume is 0\"}]}");
        assertThat(FindingTable.render(List.of(finding))).isEqualTo("""
                symbol  timeframe  at          kind         detail
                ^VIX    1d         2024-01-02  ZERO_VOLUME  volume is 0
                """);
    }

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    /** Hand-built series, one bar per call. */
    private static final class Bars {
        private final String symbol;
        private final Timeframe timeframe;
        private final List<double[]> rows = new ArrayList<>();
        private final List<Long> times = new ArrayList<>();

        Bars(String symbol, Timeframe timeframe) {
            this.symbol = symbol;
            this.timeframe = timeframe;
        }

        void add(long time, double open, double high, double low, double close, double adjClose, double volume) {
            times.add(time);
            rows.add(new double[] {open, high, low, close, adjClose, volume});
        }

        PriceColumns build() {
            int n = rows.size();
            double[][] columns = new double[6][n];
            for (int i = 0; i < n; i++) {
                for (int c = 0; c < 6; c++) {
                    columns[c][i] = rows.get(i)[c];
                }
            }
            return new PriceColumns(symbol, timeframe, times.stream().mapToLong(Long::longValue).toArray(),
                    columns[0], columns[1], columns[2], columns[3], columns[4], columns[5]);
        }
    }
}
