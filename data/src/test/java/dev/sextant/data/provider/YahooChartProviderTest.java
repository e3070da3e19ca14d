package dev.sextant.data.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import java.net.ServerSocket;
import java.time.Duration;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import okhttp3.HttpUrl;
import org.junit.jupiter.api.Test;

class YahooChartProviderTest extends ProviderTestBase {

    private YahooChartProvider yahoo() {
        return new YahooChartProvider(fetcher(), config(""));
    }

    @Test
    void dailyBarsWithSplitsAndDividendsAsPaid() throws InterruptedException {
        server.enqueue(Fixtures.ok("yahoo-chart-daily.json"));

        MarketDataResponse r = yahoo().fetch(daily("ABC"));

        PriceColumns bars = r.bars();
        assertThat(bars.time()).containsExactly(FROM.toEpochDay(), FROM.plusDays(1).toEpochDay(), FROM.plusDays(2).toEpochDay());
        assertThat(bars.close()).containsExactly(53.0, 54.0, 55.0);
        assertThat(bars.adjClose()).as("dividend adjustment is the caller's").containsExactly(53.0, 54.0, 55.0);
        assertThat(r.actions()).containsExactly(
                CorporateAction.dividend(FROM, 2.0), // 1.00 split-adjusted, before the 2:1 split
                CorporateAction.split(FROM.plusDays(1), 2.0),
                CorporateAction.dividend(FROM.plusDays(2), 0.5));
        RecordedRequest request = take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/v8/finance/chart/ABC");
        assertThat(request.getUrl().queryParameter("interval")).isEqualTo("1d");
        assertThat(request.getUrl().queryParameter("events")).isEqualTo("div|split");
        assertThat(request.getUrl().queryParameter("period1")).isEqualTo("1709528400"); // 2024-03-04 00:00 New York
    }

    @Test
    void intradayBarsKeepTheirStartInstantAndDropIntervalsWithoutTrades() {
        server.enqueue(Fixtures.ok("yahoo-chart-intraday.json"));

        PriceColumns bars = yahoo().fetch(new MarketDataRequest("ABC", Timeframe.MINUTE_5, FROM, TO)).bars();

        assertThat(bars.time()).containsExactly(1709735400L, 1709735700L);
        assertThat(bars.volume()).containsExactly(120000.0, 80000.0);
    }

    @Test
    void notFoundNamesProviderSymbolAndYahoosReason() {
        server.enqueue(Fixtures.json(404, Fixtures.text("yahoo-not-found.json")));

        MarketDataException e = failure(yahoo(), daily("NOPE"));

        assertThat(e.problem()).isEqualTo(Problem.NO_DATA);
        assertThat(e).hasMessage("yahoo: NOPE: HTTP 404: Not Found: No data found, symbol may be delisted");
    }

    @Test
    void tooManyRequestsWaitsAsLongAsRetryAfterSaysThenSucceeds() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "7")
                .setHeader("Content-Type", "text/plain").body("Too Many Requests").build());
        server.enqueue(Fixtures.ok("yahoo-chart-daily.json"));

        MarketDataResponse r = yahoo().fetch(daily("ABC"));

        assertThat(r.bars().size()).isEqualTo(3);
        assertThat(time.sleeps).contains(Duration.ofSeconds(7));
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aRetryAfterLongerThanThePolicyAllowsFailsAsRateLimitedWithoutWaiting() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600")
                .setHeader("Content-Type", "text/plain").body("Too Many Requests").build());

        MarketDataException e = failure(yahoo(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
        assertThat(e).hasMessage("yahoo: ABC: HTTP 429 (server asks to wait 3600 s): Too Many Requests");
        assertThat(time.sleeps).noneMatch(d -> d.toSeconds() >= 60);
    }

    @Test
    void serverErrorsAreRetriedWithJitteredExponentialBackoffThenReported() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(Fixtures.text(503, "text/html", "<html><body>Service Unavailable</body></html>"));
        }

        MarketDataException e = failure(yahoo(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.TRANSIENT);
        assertThat(e).hasMessageStartingWith("yahoo: ABC: HTTP 503: <html><body>Service Unavailable");
        assertThat(server.getRequestCount()).isEqualTo(3);
        // retry 1: 1 s * [0.5, 1); retry 2: 2 s * [0.5, 1); the rate limiter's 100 ms spacing is already used up by then
        assertThat(time.sleeps).filteredOn(d -> d.toMillis() >= 500).hasSize(2)
                .satisfies(s -> {
                    assertThat(s.get(0).toMillis()).isBetween(500L, 999L);
                    assertThat(s.get(1).toMillis()).isBetween(1000L, 1999L);
                });
    }

    @Test
    void theSameSeedGivesTheSameBackoff() {
        RetryPolicy policy = FakeTime.policy();
        assertThat(policy.backoff(2, policy.jitter())).isEqualTo(policy.backoff(2, policy.jitter()));
    }

    @Test
    void aTruncatedBodyIsRetriedAndThenReported() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/json")
                    .body(Fixtures.text("yahoo-chart-daily.json"))
                    .onResponseBody(SocketEffect.ShutdownConnection.INSTANCE).build());
        }

        MarketDataException e = failure(yahoo(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.TRANSIENT);
        assertThat(e.getMessage()).startsWith("yahoo: ABC: ").contains("(3 attempts)");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void anHtmlPageInsteadOfJsonIsAWrongContentType() {
        server.enqueue(Fixtures.text(200, "text/html; charset=utf-8", "<!DOCTYPE html><html><title>Yahoo consent</title></html>"));

        MarketDataException e = failure(yahoo(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.BAD_RESPONSE);
        assertThat(e).hasMessage("yahoo: ABC: expected JSON but got content type 'text/html; charset=utf-8': "
                + "<!DOCTYPE html><html><title>Yahoo consent</title></html>");
    }

    @Test
    void malformedJsonSaysWhere() {
        server.enqueue(Fixtures.json(200, "{\"chart\":{\"result\":[{\"meta\":{\"currency\":\"USD\",}"));

        MarketDataException e = failure(yahoo(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.BAD_RESPONSE);
        assertThat(e.getMessage()).startsWith("yahoo: ABC: malformed JSON at line 1 column ");
    }

    @Test
    void quoteArraysShorterThanTheTimestampsAreABadResponse() {
        server.enqueue(Fixtures.json(200, "{\"chart\":{\"result\":[{\"meta\":{},\"timestamp\":[1709562600,1709649000],"
                + "\"indicators\":{\"quote\":[{\"open\":[1],\"high\":[1],\"low\":[1],\"close\":[1],\"volume\":[1]}]}}],\"error\":null}}"));

        assertThat(failure(yahoo(), daily("ABC"))).hasMessage("yahoo: ABC: indicators.quote.open is shorter than timestamp");
    }

    @Test
    void aClosedPortIsUnreachableAndNotRetried() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        HttpUrl closed = HttpUrl.parse("http://127.0.0.1:" + port + "/");
        YahooChartProvider offline = new YahooChartProvider(fetcher(), new ProviderConfig(closed, 600, ""));

        MarketDataException e = failure(offline, daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.UNREACHABLE);
        assertThat(e.getMessage()).startsWith("yahoo: ABC: cannot connect to 127.0.0.1:" + port);
        assertThat(time.sleeps).isEmpty();
    }

    @Test
    void requestsToOneHostAreSpacedByItsRateLimit() {
        server.enqueue(Fixtures.ok("yahoo-chart-daily.json"));
        server.enqueue(Fixtures.ok("yahoo-chart-daily.json"));
        YahooChartProvider slow = new YahooChartProvider(fetcher(), new ProviderConfig(base(), 30, ""));

        slow.fetch(daily("ABC"));
        slow.fetch(daily("ABC"));

        assertThat(time.sleeps).containsExactly(Duration.ofSeconds(2)); // 30 per minute
    }
}
