package dev.sextant.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
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
