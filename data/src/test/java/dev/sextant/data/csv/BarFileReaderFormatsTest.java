package dev.sextant.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarFileReaderFormatsTest {

    private final BarFileReader reader = new BarFileReader();

    @Test
    void readsYahooWithAdjustedCloseAndSymbolFromFileName() throws IOException {
        PriceColumns s = single("BRK-B.csv", """
                Date,Open,High,Low,Close,Adj Close,Volume
                2024-01-02,10.0,11.0,9.5,10.5,10.25,1000
                2024-01-03,10.5,12.0,10.0,11.5,11.25,0
                """);
        assertThat(s.symbol()).isEqualTo("BRK-B");
        assertThat(s.timeframe()).isEqualTo(Timeframe.DAILY);
        assertThat(s.time()).containsExactly(day("2024-01-02"), day("2024-01-03"));
        assertThat(s.open()).containsExactly(10.0, 10.5);
        assertThat(s.high()).containsExactly(11.0, 12.0);
        assertThat(s.low()).containsExactly(9.5, 10.0);
        assertThat(s.close()).containsExactly(10.5, 11.5);
        assertThat(s.adjClose()).containsExactly(10.25, 11.25);
        assertThat(s.volume()).as("zero volume is kept").containsExactly(1000.0, 0.0);
    }

    @Test
    void acceptsAdjustedCloseSpellingsAndColumnsInAnyOrderAndCase() throws IOException {
        for (String adj : new String[] {"adj_close", "ADJCLOSE", "Adj Close"}) {
            PriceColumns s = single("x.csv", "VOLUME,close," + adj + ",LOW,high,Open,date\n5,10.5,10.25,9.5,11,10,2024-01-02\n");
            assertThat(s.open()).containsExactly(10.0);
            assertThat(s.close()).containsExactly(10.5);
            assertThat(s.adjClose()).containsExactly(10.25);
            assertThat(s.volume()).containsExactly(5.0);
        }
    }

    @Test
    void readsStooqDailyCsvWithoutAdjustedClose() throws IOException {
        PriceColumns s = single("^spx.csv", """
                Date,Open,High,Low,Close,Volume
                2024-01-02,4745.2,4754.33,4722.67,4742.83,3743050000
                """);
        assertThat(s.symbol()).isEqualTo("^SPX");
        assertThat(s.adjClose()).containsExactly(4742.83);
        assertThat(s.volume()).containsExactly(3_743_050_000.0);
    }

    @Test
    void readsStooqBulkDailyTxtAndStripsTheUsSuffix() throws IOException {
        PriceColumns s = single("data/daily/us/nasdaq stocks/1/aapl.us.txt", """
                <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>
                AAPL.US,D,19840907,000000,0.100763,0.101999,0.0995717,0.100763,9.76449e+07,0
                AAPL.US,D,19840910,000000,0.100763,0.101027,0.0983546,0.100165,7.57082e+07,0
                """);
        assertThat(s.symbol()).isEqualTo("AAPL");
        assertThat(s.timeframe()).isEqualTo(Timeframe.DAILY);
        assertThat(s.time()).containsExactly(day("1984-09-07"), day("1984-09-10"));
        assertThat(s.low()).containsExactly(0.0995717, 0.0983546);
        assertThat(s.volume()).containsExactly(9.76449e7, 7.57082e7);
    }

    @Test
    void readsStooqBulkIntradayTxtInTheExchangeZone() throws IOException {
        PriceColumns s = single("msft.us.txt", """
                <TICKER>,<PER>,<DATE>,<TIME>,<OPEN>,<HIGH>,<LOW>,<CLOSE>,<VOL>,<OPENINT>
                MSFT.US,5,20240102,093000,370.1,371,369.5,370.5,1000,0
                MSFT.US,5,20240102,093500,370.5,372,370,371.5,900,0
                MSFT.US,5,20240102,094000,371.5,372,371,371.2,800,0
                MSFT.US,5,20240103,093000,372,373,371,372.5,1200,0
                """);
        assertThat(s.symbol()).isEqualTo("MSFT");
        assertThat(s.timeframe()).isEqualTo(Timeframe.MINUTE_5);
        assertThat(s.time()).containsExactly(epochSecond("2024-01-02T14:30:00Z"), epochSecond("2024-01-02T14:35:00Z"),
                epochSecond("2024-01-02T14:40:00Z"), epochSecond("2024-01-03T14:30:00Z"));
    }

    @Test
    void readsSeveralSymbolsFromASymbolColumnSortedBySymbol() throws IOException {
        ParsedBarFile parsed = read("mixed.csv", """
                symbol,date,open,high,low,close
                msft,2024-01-02,2,3,1,2
                AAPL,2024-01-02,20,30,10,20
                msft,2024-01-03,2.5,3,2,2.5
                """);
        assertThat(parsed.series()).extracting(PriceColumns::symbol).containsExactly("AAPL", "MSFT");
        assertThat(parsed.series().get(1).close()).containsExactly(2.0, 2.5);
        assertThat(parsed.series().get(0).volume()).as("no volume column").containsExactly(0.0);
        assertThat(parsed.barCount()).isEqualTo(3);
    }

    @Test
    void infersOneMinuteBarsFromTheMostCommonSpacingWithinSessions() throws IOException {
        PriceColumns s = single("es.csv", """
                timestamp,open,high,low,close,volume
                2024-03-01 09:30,1,1,1,1,1
                2024-03-01 09:31,1,1,1,1,1
                2024-03-01 09:32,1,1,1,1,1
                2024-03-01 09:35,1,1,1,1,1
                2024-03-04 09:30:00,1,1,1,1,1
                2024-03-04 09:31:00,1,1,1,1,1
                """);
        assertThat(s.timeframe()).isEqualTo(Timeframe.MINUTE_1);
        assertThat(s.time()[0]).isEqualTo(epochSecond("2024-03-01T14:30:00Z"));
        assertThat(s.time()[4]).isEqualTo(epochSecond("2024-03-04T14:30:00Z"));
    }

    @Test
    void honoursOffsetsAndUsesTheExchangeZoneOtherwise() throws IOException {
        String csv = """
                datetime,open,high,low,close
                2024-07-01T09:00:00Z,1,1,1,1
                2024-07-01T11:00:00+01:00,1,1,1,1
                2024-07-01T12:00,1,1,1,1
                """;
        ReadOptions london = ReadOptions.defaults().withExchangeZone(ZoneId.of("Europe/London"));
        PriceColumns s = reader.read("fx.csv", stream(csv), london).series().getFirst();
        assertThat(s.timeframe()).isEqualTo(Timeframe.HOUR_1);
        assertThat(s.time()).as("12:00 London summer time is 11:00 UTC").containsExactly(
                epochSecond("2024-07-01T09:00:00Z"), epochSecond("2024-07-01T10:00:00Z"), epochSecond("2024-07-01T11:00:00Z"));
    }

    @Test
    void readsSlashDatesWithOneDigitMonthAndDay() throws IOException {
        PriceColumns s = single("XLB.csv", """
                Date,Open,High,Low,Close,Adj Close,Volume
                1999/12/31,25.5,25.7,25.3,25.6,17.1,15200
                2000/1/3,25.6,25.9,25.1,25.2,16.9,20000
                """);
        assertThat(s.time()).containsExactly(day("1999-12-31"), day("2000-01-03"));
    }

    @Test
    void midnightTimestampsMakeADailyFile() throws IOException {
        PriceColumns s = single("d.csv", "date,open,high,low,close\n2024-01-02 00:00:00,1,1,1,1\n2024-01-03T00:00:00Z,1,1,1,1\n");
        assertThat(s.timeframe()).isEqualTo(Timeframe.DAILY);
        assertThat(s.time()).containsExactly(day("2024-01-02"), day("2024-01-03"));
    }

    @Test
    void sortsUnsortedRowsAndCollapsesExactDuplicates() throws IOException {
        PriceColumns s = single("u.csv", """
                date,open,high,low,close,volume
                2024-01-04,3,3,3,3,30
                2024-01-02,1,1,1,1,10
                2024-01-04,3,3,3,3,30
                2024-01-03,2,2,2,2,20
                """);
        assertThat(s.time()).containsExactly(day("2024-01-02"), day("2024-01-03"), day("2024-01-04"));
        assertThat(s.close()).containsExactly(1.0, 2.0, 3.0);
        assertThat(s.volume()).containsExactly(10.0, 20.0, 30.0);
    }

    @Test
    void toleratesByteOrderMarkCarriageReturnsQuotesAndBlankLines() throws IOException {
        PriceColumns s = single("w.csv", "\uFEFF\"Date\",\"Open\",\"High\",\"Low\",\"Close\"\r\n\"2024-01-02\", 1 ,2,1,2\r\n\r\n2024-01-03,2,2,2,2\r\n");
        assertThat(s.time()).containsExactly(day("2024-01-02"), day("2024-01-03"));
        assertThat(s.open()).containsExactly(1.0, 2.0);
    }

    @Test
    void gunzipsStreamsAndFiles(@TempDir Path dir) throws IOException {
        String csv = "date,open,high,low,close,adj_close,volume\n2024-01-02,1,2,0.5,1.5,1.4,100\n";
        byte[] gz = gzip(csv);
        PriceColumns fromStream = reader.read("^VIX.csv.gz", new ByteArrayInputStream(gz), ReadOptions.defaults()).series().getFirst();
        assertThat(fromStream.symbol()).isEqualTo("^VIX");
        assertThat(fromStream.close()).containsExactly(1.5);

        Path file = dir.resolve("spy.csv.gz");
        Files.write(file, gz);
        ParsedBarFile fromFile = reader.read(file, ReadOptions.defaults());
        assertThat(fromFile.sourceName()).isEqualTo(file.toString());
        assertThat(fromFile.series().getFirst().symbol()).isEqualTo("SPY");
        assertThat(fromFile.series().getFirst().adjClose()).containsExactly(1.4);
    }

    @Test
    void gunzipsEveryMemberWhateverSizeTheTrailerDeclares() throws IOException {
        // the size in a gzip trailer is only a first guess: with two members it is the last one's, far below the whole
        StringBuilder rows = new StringBuilder("date,open,high,low,close,volume\n");
        LocalDate date = LocalDate.of(1900, 1, 1);
        for (int i = 0; i < 20_000; i++, date = date.plusDays(1)) {
            rows.append(date).append(",1.25,2.5,1,").append(1 + i % 100 / 100.0).append(',').append(i).append('\n');
        }
        String last = date + ",3,4,2,3,7\n";
        byte[] first = gzip(rows.toString());
        byte[] second = gzip(last);
        byte[] twoMembers = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, twoMembers, first.length, second.length);

        PriceColumns s = reader.read("two.csv.gz", new ByteArrayInputStream(twoMembers), ReadOptions.defaults())
                .series().getFirst();

        assertThat(s.size()).isEqualTo(20_001);
        assertThat(s.volume()[19_999]).isEqualTo(19_999.0);
        assertThat(s.close()[20_000]).isEqualTo(3.0);
        assertThat(s.time()[20_000]).isEqualTo(date.toEpochDay());
    }

    private ParsedBarFile read(String name, String content) throws IOException {
        return reader.read(name, stream(content), ReadOptions.defaults());
    }

    private PriceColumns single(String name, String content) throws IOException {
        ParsedBarFile parsed = read(name, content);
        assertThat(parsed.series()).hasSize(1);
        assertThat(parsed.skipped()).isEmpty();
        return parsed.series().getFirst();
    }

    private static ByteArrayInputStream stream(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] gzip(String content) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
            gz.write(content.getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    private static long day(String date) {
        return LocalDate.parse(date).toEpochDay();
    }

    private static long epochSecond(String instant) {
        return Instant.parse(instant).getEpochSecond();
    }
}
