package dev.sextant.data.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;

class TimestampParserTest {

    @Test
    void epochDaysAndMonthLengthsAgreeWithJavaTimeOnEveryDateOfYears0To9999() {
        for (LocalDate d = LocalDate.of(0, 1, 1); d.getYear() <= 9999; d = d.plusDays(1)) {
            assertThat(TimestampParser.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth())).as(d.toString())
                    .isEqualTo(d.toEpochDay());
            if (d.getDayOfMonth() == 1) {
                assertThat(TimestampParser.daysInMonth(d.getYear(), d.getMonthValue())).as(d.toString())
                        .isEqualTo(YearMonth.from(d).lengthOfMonth());
            }
        }
    }

    @Test
    void datesAsWrittenGiveTheirEpochDayAndImpossibleDaysAreRefused() {
        for (String text : new String[] {"2000-02-29", "2024-02-29", "1970-01-01", "1969-12-31", "0001-01-01",
                "9999-12-31", "2023-12-31", "2000/3/1", "20160229"}) {
            TimestampParser parser = new TimestampParser();
            assertThat(parse(parser, text)).as(text).isTrue();
            LocalDate expected = LocalDate.parse(text.contains("/") ? "2000-03-01"
                    : text.length() == 8 ? "2016-02-29" : text);
            assertThat(parser.epochDay).as(text).isEqualTo((int) expected.toEpochDay());
        }
        for (String text : new String[] {"1900-02-29", "2023-02-29", "2024-04-31", "2024-13-01", "2024-00-10",
                "2024-01-00", "2024-01-32"}) {
            assertThat(parse(new TimestampParser(), text)).as(text).isFalse();
        }
    }

    private static boolean parse(TimestampParser parser, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
        return parser.parseTimestamp(bytes, 0, bytes.length);
    }
}
