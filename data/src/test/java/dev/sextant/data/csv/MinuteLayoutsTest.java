package dev.sextant.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * Minute files in vendor layouts. Every file below holds the same two bars, 2024-01-02 09:30 and
 * 09:31 New York time (EST, UTC-5): 14:30:00Z is epoch second 1 704 205 800 (from `date -u -d
 * 2024-01-02T14:30:00Z +%s`), written in each vendor's way.
 */
class MinuteLayoutsTest {

    private static final long FIRST = 1_704_205_800L;

    private final BarFileReader reader = new BarFileReader();

    @Test
    void polygonFlatFilesCarryNanosecondWindowStarts() throws IOException {
        ParsedBarFile f = read("2024-01-02.csv", """
                ticker,volume,open,close,high,low,window_start,transactions
                AAPL,100,10,10.5,11,9.5,1704205800000000000,12
                AAPL,200,10.5,10.75,11,10.25,1704205860000000000,15
                """, ReadOptions.defaults());
        assertTwoBars(f, "AAPL");
        assertThat(f.layout()).isEqualTo("Polygon flat file, epoch nanoseconds");
    }

    @Test
    void epochSecondsAndMillisecondsAreToldApartByMagnitude() throws IOException {
        ParsedBarFile seconds = read("AAPL.csv", """
                time,open,high,low,close,Volume
                1704205800,10,11,9.5,10.5,100
                1704205860,10.5,11,10.25,10.75,200
                """, ReadOptions.defaults());
        assertTwoBars(seconds, "AAPL");
        assertThat(seconds.layout()).isEqualTo("named columns, epoch seconds");

        ParsedBarFile millis = read("AAPL.csv", """
                timestamp,open,high,low,close,volume
                1704205800000,10,11,9.5,10.5,100
                1704205860000,10.5,11,10.25,10.75,200
                """, ReadOptions.defaults());
        assertTwoBars(millis, "AAPL");
        assertThat(millis.layout()).isEqualTo("named columns, epoch milliseconds");
    }

    @Test
    void databentoStampsWithZeroFractionsAreUtc() throws IOException {
        ParsedBarFile f = read("db.csv", """
                ts_event,rtype,publisher_id,instrument_id,open,high,low,close,volume,symbol
                2024-01-02T14:30:00.000000000Z,33,2,15144,10,11,9.5,10.5,100,AAPL
                2024-01-02T14:31:00.000000000Z,33,2,15144,10.5,11,10.25,10.75,200,AAPL
                """, ReadOptions.defaults().withExchangeZone(ZoneOffset.ofHours(9)));
        assertTwoBars(f, "AAPL");
        assertThat(f.layout()).isEqualTo("Databento OHLCV, text with UTC offset");
    }

    @Test
    void headerlessFilesAreExchangeTimeUnlessAZoneIsGiven() throws IOException {
        ParsedBarFile firstRate = read("AAPL_1min.txt", """
                2024-01-02 09:30:00,10,11,9.5,10.5,100
                2024-01-02 09:31:00,10.5,11,10.25,10.75,200
                """, ReadOptions.defaults());
        assertTwoBars(firstRate, "AAPL_1MIN");
        assertThat(firstRate.layout()).isEqualTo("no header: datetime,open,high,low,close,volume (FirstRate Data), local text");

        ParsedBarFile kibot = read("AAPL.txt", """
                01/02/2024,09:30,10,11,9.5,10.5,100
                01/02/2024,09:31,10.5,11,10.25,10.75,200
                """, ReadOptions.defaults());
        assertTwoBars(kibot, "AAPL");
        assertThat(kibot.layout()).startsWith("no header: date,time,");

        PriceColumns utc = read("AAPL.txt", "2024-01-02 14:30,10,11,9.5,10.5,100\n2024-01-02 14:31,10.5,11,10.25,10.75,200\n",
                ReadOptions.defaults().withExchangeZone(ZoneOffset.UTC)).series().getFirst();
        assertThat(utc.time()).containsExactly(FIRST, FIRST + 60);
    }

    @Test
    void badRowsOfHeaderlessAndEpochFilesNameTheirLine() {
        assertThatThrownBy(() -> read("AAPL.txt", """
                2024-01-02 09:30:00,10,11,9.5,10.5,100
                2024-01-02 09:31:00,10.5,9,10.25,10.75,200
                """, ReadOptions.defaults()))
                .isInstanceOf(BadFileException.class)
                .hasMessage("AAPL.txt:2: high 9 is below low 10.25");
        assertThatThrownBy(() -> read("AAPL.csv", """
                timestamp,open,high,low,close,volume
                1704205800000,10,11,9.5,10.5,100
                1704205860123,10.5,11,10.25,10.75,200
                """, ReadOptions.defaults()))
                .hasMessage("AAPL.csv:3: timestamp 1704205860123 is epoch milliseconds not on a whole second");
        assertThatThrownBy(() -> read("AAPL.txt", "2024-01-02 09:30:00,10,11,9.5\n", ReadOptions.defaults()))
                .hasMessage("AAPL.txt:1: no header, and 4 fields do not match a headerless layout"
                        + " (date[,time],open,high,low,close[,volume])");
    }

    private ParsedBarFile read(String name, String content, ReadOptions options) throws IOException {
        return reader.read(name, new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)), options);
    }

    private static void assertTwoBars(ParsedBarFile f, String symbol) {
        assertThat(f.series()).hasSize(1);
        PriceColumns s = f.series().getFirst();
        assertThat(s.symbol()).isEqualTo(symbol);
        assertThat(s.timeframe()).isEqualTo(Timeframe.MINUTE_1);
        assertThat(s.time()).containsExactly(FIRST, FIRST + 60);
        assertThat(s.open()).containsExactly(10, 10.5);
        assertThat(s.high()).containsExactly(11, 11);
        assertThat(s.low()).containsExactly(9.5, 10.25);
        assertThat(s.close()).containsExactly(10.5, 10.75);
        assertThat(s.volume()).containsExactly(100, 200);
    }
}
