package dev.sextant.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Universe lists with the optional fourth column, the member's sector. */
class UniverseCsvTest {

    @Test
    void theSectorColumnIsOptionalPerLine() {
        var members = UniverseCsv.parse("u.csv", """
                symbol,from,to,sector
                AAPL,,,Information Technology
                XOM,2001-01-02,,Energy
                MSFT
                JPM,,2010-12-31,
                """);
        assertThat(members).containsExactly(
                new UniverseMember("AAPL", null, null, "Information Technology"),
                new UniverseMember("XOM", LocalDate.of(2001, 1, 2), null, "Energy"),
                new UniverseMember("MSFT", null, null),
                new UniverseMember("JPM", null, LocalDate.of(2010, 12, 31), null));
    }

    @Test
    void aFifthFieldIsRefusedNamingTheLine() {
        assertThatThrownBy(() -> UniverseCsv.parse("u.csv", "AAPL,,,Tech,extra\n"))
                .hasMessage("u.csv:1: expected symbol[,from[,to[,sector]]] but found 5 fields");
    }
}
