package dev.sextant.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.engine.market.SharedMarketData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

class DecimalParserTest {

    @Test
    void agreesWithDoubleParseDoubleBitForBit() {
        Random random = new Random(42);
        for (int i = 0; i < 200_000; i++) {
            String text = switch (i % 4) {
                case 0 -> Long.toString(random.nextLong() % 10_000_000_000L) + "." + Integer.toString(random.nextInt(1_000_000));
                case 1 -> Double.toString(random.nextDouble() * 1000);
                case 2 -> Double.toString(Double.longBitsToDouble(random.nextLong() & 0x7fefffffffffffffL));
                default -> String.format("%.6f", random.nextDouble() * Math.pow(10, random.nextInt(12)));
            };
            assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
        for (String text : new String[] {"0", "-0.0", "+1.5", "007", "1.", ".5", "12345678901234567890123", "1e-400",
                "9.76449e+07", "0.1006", "3.997768", "1E5", "123456789012345678.25"}) {
            assertThat(parse(text)).as(text).isEqualTo(Double.parseDouble(text));
        }
    }

    @Test
    void agreesWithDoubleParseDoubleBitForBitOnEveryNumberOfTheRealDailyFolder() throws IOException {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or " + SharedMarketData.ENV + ")");
        long numbers = 0;
        for (Path file : BarFiles.expand(List.of(folder.get()))) {
            byte[] data;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                data = in.readAllBytes();
            }
            String[] lines = new String(data, StandardCharsets.US_ASCII).split("\n");
            for (int line = 1; line < lines.length; line++) { // after the header; the first field is the date
                String[] fields = lines[line].strip().split(",");
                for (int f = 1; f < fields.length; f++) {
                    double expected = Double.parseDouble(fields[f]);
                    assertThat(Double.doubleToRawLongBits(parse(fields[f])))
                            .as("%s:%d field %d '%s'", file.getFileName(), line + 1, f + 1, fields[f])
                            .isEqualTo(Double.doubleToRawLongBits(expected));
                    numbers++;
                }
            }
        }
        assertThat(numbers).as("numbers compared").isGreaterThan(10_000_000L);
    }

    @Test
    void agreesWithDoubleParseDoubleOnExponentsLongDigitRunsSignsAndLimits() {
        for (String text : new String[] {"+0", "-0", "+0.000", "-12.5", "+12.5", "1e22", "1e23", "1e-22", "1e-23",
                "9007199254740993", "9007199254740992", "9007199254740991.5", "0.30000000000000004",
                "123.456789012345678901234567890", "1.7976931348623157e308", "1.8e308", "4.9e-324", "2.5e-324",
                "0.000000000000000000000000000001", "56.330471", "45.694443", "4674300", "1234567.0e-3", "12E+2",
                "-1.5E-7", "100000000000000000000000", "0.1", "0.2", "0.7", "2.675", "1.005"}) {
            assertThat(Double.doubleToRawLongBits(parse(text))).as(text)
                    .isEqualTo(Double.doubleToRawLongBits(Double.parseDouble(text)));
        }
    }

    @Test
    void rejectsWhatIsNotAPlainDecimal() {
        for (String text : new String[] {"", "-", ".", "abc", "1.2.3", "1e", "1e+", "NaN", "Infinity", "0x1p3", "1d", "1,5", "1 5", "--1"}) {
            assertThat(parse(text)).as(text).isNaN();
        }
    }

    private static double parse(String text) {
        byte[] bytes = ("#" + text + "#").getBytes(StandardCharsets.US_ASCII);
        return DecimalParser.parse(bytes, 1, bytes.length - 1);
    }
}
