package dev.sextant.data.provider;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AlpacaBarsTest extends ProviderTestBase {

    private static final String SECRET = "alpacaSecret987";
    private static final Instant FROM_MINUTE = Instant.parse("2026-12-07T14:30:00Z");
    private static final Instant TO_MINUTE = Instant.parse("2026-12-07T14:32:00Z");

    private AlpacaBars bars() {
        return new AlpacaBars(fetcher(), base(), "sip", KEY, SECRET);
    }

    @Test
    void minuteBarsAcrossPagesWithTheKeysInHeadersOnly() throws InterruptedException {
        server.enqueue(Fixtures.json(200, """
                {"bars":[{"t":"2026-12-07T14:30:00Z","o":10,"h":11,"l":9.5,"c":10.5,"v":300,"n":4,"vw":10.2}],
                 "symbol":"ABC","next_page_token":"QUJDfDIwMjY"}"""));
        server.enqueue(Fixtures.json(200, """
                {"bars":[{"t":"2026-12-07T14:31:00Z","o":10.5,"h":10.75,"l":10.25,"c":10.5,"v":120},
                         {"t":"2026-12-07T14:33:00Z","o":10.5,"h":10.5,"l":10.5,"c":10.5,"v":1}],
                 "symbol":"ABC","next_page_token":null}"""));

        List<StreamedBar> result = bars().minutes("ABC", FROM_MINUTE, TO_MINUTE);

        assertThat(result).containsExactly(
                new StreamedBar("ABC", FROM_MINUTE, 10, 11, 9.5, 10.5, 300, false),
                new StreamedBar("ABC", Instant.parse("2026-12-07T14:31:00Z"), 10.5, 10.75, 10.25, 10.5, 120, false));
        RecordedRequest first = take();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v2/stocks/ABC/bars");
        assertThat(first.getUrl().queryParameter("timeframe")).isEqualTo("1Min");
        assertThat(first.getUrl().queryParameter("start")).isEqualTo("2026-12-07T14:30:00Z");
        assertThat(first.getUrl().queryParameter("end")).isEqualTo("2026-12-07T14:32:00Z");
        assertThat(first.getUrl().queryParameter("feed")).isEqualTo("sip");
        assertThat(first.getUrl().toString()).doesNotContain(KEY).doesNotContain(SECRET);
        assertThat(first.getHeaders().get("APCA-API-KEY-ID")).isEqualTo(KEY);
        assertThat(first.getHeaders().get("APCA-API-SECRET-KEY")).isEqualTo(SECRET);
        assertThat(take().getUrl().queryParameter("page_token")).isEqualTo("QUJDfDIwMjY");
    }

    @Test
    void refusedKeysAreNotAuthorizedWithAlpacasMessage() {
        server.enqueue(Fixtures.json(403, "{\"message\":\"forbidden.\"}"));

        MarketDataException e = catchThrowableOfType(MarketDataException.class,
                () -> bars().minutes("ABC", FROM_MINUTE, TO_MINUTE));

        assertThat(e.problem()).isEqualTo(Problem.NOT_AUTHORIZED);
        assertThat(e).hasMessage("alpaca: ABC: HTTP 403: forbidden.");
    }

    @Test
    void aBarWithoutACloseIsABadResponse() {
        server.enqueue(Fixtures.json(200, """
                {"bars":[{"t":"2026-12-07T14:30:00Z","o":10,"h":11,"l":9.5,"v":300}],"next_page_token":null}"""));

        MarketDataException e = catchThrowableOfType(MarketDataException.class,
                () -> bars().minutes("ABC", FROM_MINUTE, TO_MINUTE));

        assertThat(e.problem()).isEqualTo(Problem.BAD_RESPONSE);
        assertThat(e).hasMessage("alpaca: ABC: bar without a numeric 'c'");
    }
}
