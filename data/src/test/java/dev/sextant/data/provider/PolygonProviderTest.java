package dev.sextant.data.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class PolygonProviderTest extends ProviderTestBase {

    private PolygonProvider polygon() {
        return new PolygonProvider(fetcher(), config(KEY));
    }

    @Test
    void dailyAggregatesAcrossPagesWithTheKeyOnEveryPage() throws InterruptedException {
        String next = server.url("/v2/aggs/ticker/ABC/range/1/day/1709701200000/2024-03-07?cursor=bGltaXQ9Mg").toString();
        server.enqueue(Fixtures.json(200, Fixtures.text("polygon-aggs-page1.json").replace("NEXT_URL", next)));
        server.enqueue(Fixtures.ok("polygon-aggs-page2.json"));

        MarketDataResponse r = polygon().fetch(daily("ABC"));

        assertThat(r.bars().time()).containsExactly(FROM.toEpochDay(), FROM.plusDays(1).toEpochDay(), FROM.plusDays(2).toEpochDay());
        assertThat(r.bars().close()).containsExactly(53.0, 54.0, 55.0);
        RecordedRequest first = take();
        assertThat(first.getUrl().encodedPath()).isEqualTo("/v2/aggs/ticker/ABC/range/1/day/2024-03-04/2024-03-07");
        assertThat(first.getUrl().queryParameter("adjusted")).isEqualTo("true");
        assertThat(first.getUrl().queryParameter("apiKey")).isEqualTo(KEY);
        RecordedRequest second = take();
        assertThat(second.getUrl().queryParameter("cursor")).isEqualTo("bGltaXQ9Mg");
        assertThat(second.getUrl().queryParameter("apiKey")).isEqualTo(KEY);
    }

    @Test
    void anUnknownKeyIsNotAuthorized() {
        server.enqueue(Fixtures.json(401, Fixtures.text("polygon-unknown-key.json")));

        MarketDataException e = failure(polygon(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.NOT_AUTHORIZED);
        assertThat(e).hasMessage("polygon: ABC: HTTP 401: Unknown API Key");
    }

    @Test
    void aPlanWithoutTheDataIsNotAuthorized() {
        server.enqueue(Fixtures.json(403, Fixtures.text("polygon-not-authorized.json")));

        assertThat(failure(polygon(), daily("ABC")))
                .hasMessage("polygon: ABC: HTTP 403: You are not entitled to this data. Please upgrade your plan at https://polygon.io/pricing");
    }

    @Test
    void rateLimitedWithoutRetryAfterBacksOffThenReports() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Fixtures.json(429, Fixtures.text("polygon-rate-limit.json")));
        }

        MarketDataException e = failure(polygon(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
        assertThat(e.getMessage()).startsWith("polygon: ABC: HTTP 429: You've exceeded the maximum requests per minute").doesNotContain(KEY);
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertThat(time.sleeps).filteredOn(d -> d.toMillis() >= 500).hasSize(2);
    }

    @Test
    void aNextUrlOnAnotherHostIsNotFollowedSoTheKeyStaysHome() {
        server.enqueue(Fixtures.json(200, Fixtures.text("polygon-aggs-page1.json")
                .replace("NEXT_URL", "https://evil.example.com/v2/aggs?cursor=x")));

        MarketDataException e = failure(polygon(), daily("ABC"));

        assertThat(e).hasMessage("polygon: ABC: next_url does not point to " + base().host());
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void statusErrorWithHttp200IsReported() {
        server.enqueue(Fixtures.json(200, "{\"status\":\"ERROR\",\"request_id\":\"a1\",\"error\":\"Could not parse the time parameter: 'from'.\"}"));

        assertThat(failure(polygon(), daily("ABC")))
                .hasMessage("polygon: ABC: status 'ERROR': Could not parse the time parameter: 'from'.");
    }
}
