package dev.sextant.data.csv;

import dev.sextant.engine.market.imports.SkippedRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.PriceColumns;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way a file is rejected, with the exact {@code file:line: reason} message. */
class BarFileReaderErrorsTest {

    private static final String YAHOO_HEADER = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    private static final String GOOD_ROW = "2024-01-02,10,11,9,10.5,10.4,100\n";

    private final BarFileReader reader = new BarFileReader();

    @Test
    void unparseableNumber() {
        assertRejected("x.csv", YAHOO_HEADER + GOOD_ROW + "2024-01-03,10,11,9,abc,10.4,100\n",
                "x.csv:3: cannot parse close 'abc'");
    }

    @Test
    void unparseableDates() {
        assertRejected("x.csv", YAHOO_HEADER + "2024-13-01,10,11,9,10.5,10.4,100\n", "x.csv:2: cannot parse date '2024-13-01'");
        assertRejected("x.csv", YAHOO_HEADER + "2023-02-29,10,11,9,10.5,10.4,100\n", "x.csv:2: cannot parse date '2023-02-29'");
        assertRejected("x.csv", YAHOO_HEADER + "02/01/2024,10,11,9,10.5,10.4,100\n", "x.csv:2: cannot parse date '02/01/2024'");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02 25:00,10,11,9,10.5,10.4,100\n", "x.csv:2: cannot parse date '2024-01-02 25:00'");
    }

    @Test
    void unparseableStooqTime() {
        assertRejected("a.us.txt", "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n"
                + "A.US,5,20240102,9300x,1,1,1,1,1,0\n", "a.us.txt:2: cannot parse time '9300x'");
    }

    @Test
    void highBelowLow() {
        String rows = GOOD_ROW
                + "2024-01-03,11,11,11,11,11,1\n"
                + "2024-01-04,11,11,11,11,11,1\n"
                + "2024-01-05,11,11,11,11,11,1\n"
                + "2024-01-08,11,11,11,11,11,1\n"
                + "2024-01-09,11,10.5,11.0,11,11,1\n";
        assertRejected("sample.csv", YAHOO_HEADER + rows, "sample.csv:7: high 10.5 is below low 11.0");
    }

    @Test
    void highBelowOpenOrCloseAndLowAboveOpenOrClose() {
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,12,11,9,10.5,10.4,100\n", "x.csv:2: high 11 is below open 12");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,9,11.5,10.4,100\n", "x.csv:2: high 11 is below close 11.5");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,8.5,11,9,10.5,10.4,100\n", "x.csv:2: low 9 is above open 8.5");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,9,8,10.4,100\n", "x.csv:2: low 9 is above close 8");
    }

    @Test
    void nonPositivePricesAndNegativeVolume() {
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,0,11,9,10.5,10.4,100\n", "x.csv:2: open 0 is not positive");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,-9,10.5,10.4,100\n", "x.csv:2: low -9 is not positive");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,9,10.5,-0.0,100\n", "x.csv:2: adj close -0.0 is not positive");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,9,10.5,10.4,-5\n", "x.csv:2: volume -5 is negative");
    }

    @Test
    void notANumberAndInfinity() {
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,9,NaN,10.4,100\n", "x.csv:2: close NaN is not a finite number");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,Infinity,9,10,10.4,100\n", "x.csv:2: high Infinity is not a finite number");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,1e999,9,10,10.4,100\n", "x.csv:2: high 1e999 is not a finite number");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,9,10,10.4,nan\n", "x.csv:2: volume nan is not a finite number");
    }

    @Test
    void missingField() {
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-02,10,11,9,10.5,10.4,\n", "x.csv:2: volume is missing");
        assertRejected("x.csv", YAHOO_HEADER + ",10,11,9,10.5,10.4,1\n", "x.csv:2: date is missing");
        assertRejected("m.csv", "symbol,date,open,high,low,close\n,2024-01-02,1,1,1,1\n", "m.csv:2: symbol is missing");
    }

    @Test
    void wrongFieldCount() {
        assertRejected("x.csv", YAHOO_HEADER + GOOD_ROW + "2024-01-03,10,11,9,10.5,100\n", "x.csv:3: expected 7 fields but found 6");
        assertRejected("x.csv", YAHOO_HEADER + "2024-01-03,10,11,9,10.5,10.4,100,7\n", "x.csv:2: expected 7 fields but found 8");
    }

    @Test
    void missingColumns() {
        assertRejected("x.csv", "Date,Open,High,Low,Adj Close,Volume\n" + GOOD_ROW, "x.csv:1: missing column 'close'");
        assertRejected("x.csv", "Day,Open,High,Low,Close\n2024-01-02,1,1,1,1\n",
                "x.csv:1: missing date column (one of date, time, timestamp, datetime)");
        assertRejected("x.csv", "Date,Open,High,Low,Close,close\n2024-01-02,1,1,1,1,1\n", "x.csv:1: duplicate column 'close'");
    }

    @Test
    void emptyFileAndHeaderWithoutRows() {
        assertRejected("x.csv", "", "x.csv:1: file is empty");
        assertRejected("x.csv", " \r\n\n", "x.csv:1: file is empty");
        assertRejected("x.csv", YAHOO_HEADER + "\n", "x.csv:1: no data rows after the header");
    }

    @Test
    void duplicateTimeWithDifferentValues() {
        assertRejected("x.csv", YAHOO_HEADER + GOOD_ROW + "2024-01-03,10,11,9,10.5,10.4,100\n" + "2024-01-02,10,11,9,10.6,10.4,100\n",
                "x.csv:4: duplicate date 2024-01-02 with different values than line 2");
    }

    @Test
    void intradaySpacingMatchingNoTimeframe() {
        assertRejected("x.csv", "datetime,open,high,low,close\n2024-01-02 09:30,1,1,1,1\n2024-01-02 09:37,1,1,1,1\n",
                "x.csv:2: cannot infer the timeframe of X: bars are mostly 420 s apart, which matches none of 1m, 5m, 15m, 30m, 1h");
        assertRejected("x.csv", "datetime,open,high,low,close\n2024-01-02 09:30,1,1,1,1\n",
                "x.csv:2: cannot infer the timeframe of X: no two bars are less than a day apart");
    }

    @Test
    void messageNamesThePathOfAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, YAHOO_HEADER + "2024-01-02,10,11,9,x,10.4,100\n");
        assertThatThrownBy(() -> reader.read(file, ReadOptions.defaults()))
                .isInstanceOf(BadFileException.class)
                .hasMessage(file + ":2: cannot parse close 'x'")
                .satisfies(e -> {
                    BadFileException bad = (BadFileException) e;
                    assertThat(bad.sourceName()).isEqualTo(file.toString());
                    assertThat(bad.line()).isEqualTo(2);
                    assertThat(bad.reason()).isEqualTo("cannot parse close 'x'");
                });
    }

    @Test
    void skipBadRowsKeepsGoodRowsAndListsTheOthers() throws IOException {
        String csv = YAHOO_HEADER
                + GOOD_ROW
                + "2024-01-03,10,11,9,abc,10.4,100\n"
                + "2024-01-04,10,11,9,10.5,10.4\n"
                + "2024-01-05,10,11,9,10.5,10.4,100\n"
                + "2024-01-02,10,11,9,10.7,10.4,100\n"
                + "2024-01-08,10,9,11,10.5,10.4,100\n";
        ParsedBarFile parsed = reader.read("s.csv", stream(csv), ReadOptions.defaults().withSkipBadRows(true));
        PriceColumns s = parsed.series().getFirst();
        assertThat(s.time()).containsExactly(LocalDate.parse("2024-01-02").toEpochDay(), LocalDate.parse("2024-01-05").toEpochDay());
        assertThat(s.close()).as("the first of two rows with the same date wins").containsExactly(10.5, 10.5);
        assertThat(parsed.skipped()).containsExactly(
                new SkippedRow(3, "cannot parse close 'abc'"),
                new SkippedRow(4, "expected 7 fields but found 6"),
                new SkippedRow(6, "duplicate date 2024-01-02 with different values than line 2"),
                new SkippedRow(7, "high 9 is below low 11"));
    }

    @Test
    void skipBadRowsStillRejectsHeaderProblems() {
        assertThatThrownBy(() -> reader.read("x.csv", stream("Date,Open,High,Low\n2024-01-02,1,1,1\n"),
                ReadOptions.defaults().withSkipBadRows(true)))
                .isInstanceOf(BadFileException.class)
                .hasMessage("x.csv:1: missing column 'close'");
    }

    @Test
    void aHugeMalformedFieldIsQuotedWithAtMost200Characters() {
        String huge = "x".repeat(50_000_000);
        assertThatThrownBy(() -> reader.read("big.csv", stream(YAHOO_HEADER + GOOD_ROW + "2024-01-03,10,11,9," + huge
                + ",10.4,100\n"), ReadOptions.defaults()))
                .isInstanceOf(BadFileException.class)
                .hasMessage("big.csv:3: cannot parse close '" + "x".repeat(200) + "... (50000000 bytes)'");
        assertThat(Excerpt.of("y".repeat(201))).isEqualTo("y".repeat(200) + "... (201 characters)");
        assertThat(Excerpt.of("y".repeat(200))).isEqualTo("y".repeat(200));
    }

    @Test
    void datesAfterTomorrowAreRefusedWithFileAndLine() throws IOException {
        ReadOptions on6December = ReadOptions.defaults()
                .withClock(Clock.fixed(Instant.parse("2026-12-06T23:30:00Z"), ZoneOffset.UTC));
        assertThat(reader.read("t.csv", stream(YAHOO_HEADER + "2026-12-07,10,11,9,10.5,10.4,100\n"), on6December)
                .barCount()).as("tomorrow is accepted: somewhere it is already today").isEqualTo(1);
        assertThatThrownBy(() -> reader.read("t.csv", stream(YAHOO_HEADER + GOOD_ROW
                + "2026-12-08,10,11,9,10.5,10.4,100\n"), on6December))
                .isInstanceOf(BadFileException.class)
                .hasMessage("t.csv:3: date 2026-12-08 is in the future (the latest date accepted is 2026-12-07)");
        assertThatThrownBy(() -> reader.read("a.us.txt", stream(
                "<TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>\n"
                        + "A.US,5,20990102,093000,1,1,1,1,1,0\n"), on6December))
                .isInstanceOf(BadFileException.class)
                .hasMessage("a.us.txt:2: date 2099-01-02 is in the future (the latest date accepted is 2026-12-07)");
        ParsedBarFile skipping = reader.read("t.csv", stream(YAHOO_HEADER + GOOD_ROW
                + "2099-01-01,10,11,9,10.5,10.4,100\n"), on6December.withSkipBadRows(true));
        assertThat(skipping.barCount()).isEqualTo(1);
        assertThat(skipping.skipped()).containsExactly(
                new SkippedRow(3, "date 2099-01-01 is in the future (the latest date accepted is 2026-12-07)"));
    }

    @Test
    void aFileNamedGzThatIsNotGzipIsReportedAsSuch() {
        byte[] noise = new byte[4096];
        new java.util.Random(18).nextBytes(noise);
        noise[0] = 'D';
        assertThatThrownBy(() -> reader.read("noise.csv.gz", new ByteArrayInputStream(noise), ReadOptions.defaults()))
                .isInstanceOf(BadFileException.class)
                .hasMessage("noise.csv.gz:1: not a gzip file (the name ends in .gz but the data is not gzip)");
        assertThatThrownBy(() -> reader.read("plain.CSV.GZ", stream(YAHOO_HEADER + GOOD_ROW), ReadOptions.defaults()))
                .hasMessage("plain.CSV.GZ:1: not a gzip file (the name ends in .gz but the data is not gzip)");
    }

    @Test
    void cutOffGzipDataIsReportedAsDamagedGzip() throws IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write((YAHOO_HEADER + GOOD_ROW.repeat(100)).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = bytes.toByteArray();
        assertThatThrownBy(() -> reader.read("cut.csv.gz", new ByteArrayInputStream(java.util.Arrays.copyOf(whole,
                whole.length / 2)), ReadOptions.defaults()))
                .isInstanceOf(BadFileException.class)
                .hasMessageStartingWith("cut.csv.gz:1: damaged gzip data (");
    }

    private void assertRejected(String name, String content, String message) {
        assertThatThrownBy(() -> reader.read(name, stream(content), ReadOptions.defaults()))
                .isInstanceOf(BadFileException.class)
                .hasMessage(message);
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }
}
