package dev.sextant.data.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.MarketDataResponse;
import java.time.LocalDateTime;
import java.time.ZoneId;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class AlphaVantageProviderTest extends ProviderTestBase {

    private AlphaVantageProvider alphaVantage() {
        return new AlphaVantageProvider(fetcher(), config(KEY));
    }

    @Test
    void dailyAdjustedPricesAreSplitAdjustedAndActionsRecordedAsPaid() throws InterruptedException {
        server.enqueue(Fixtures.ok("alphavantage-daily-adjusted.json"));

        MarketDataResponse r = alphaVantage().fetch(daily("ABC"));

        PriceColumns bars = r.bars();
        assertThat(bars.close()).containsExactly(53.0, 54.0, 55.0); // 106 before the 2:1 split = 53
        assertThat(bars.open()[0]).isEqualTo(52.5);
        assertThat(bars.volume()).containsExactly(3000.0, 3000.0, 3000.0);
        assertThat(r.actions()).containsExactly(CorporateAction.dividend(FROM, 2.0),
                CorporateAction.split(FROM.plusDays(1), 2.0), CorporateAction.dividend(FROM.plusDays(2), 0.5));
        RecordedRequest request = take();
        assertThat(request.getUrl().queryParameter("function")).isEqualTo("TIME_SERIES_DAILY_ADJUSTED");
        assertThat(request.getUrl().queryParameter("outputsize")).isEqualTo("compact");
        assertThat(request.getUrl().queryParameter("apikey")).isEqualTo(KEY);
    }

    @Test
    void intradayTimesAreReadInTheZoneTheAnswerNames() {
        server.enqueue(Fixtures.ok("alphavantage-intraday.json"));

        PriceColumns bars = alphaVantage().fetch(new MarketDataRequest("ABC", Timeframe.MINUTE_5, FROM, TO)).bars();

        long open = LocalDateTime.of(2024, 3, 6, 9, 30).atZone(ZoneId.of("America/New_York")).toEpochSecond();
        assertThat(bars.time()).containsExactly(open, open + 300);
    }

    @Test
    void theRateLimitNoticeIsReportedAndTheKeyIsNot() {
        server.enqueue(Fixtures.ok("alphavantage-rate-limit.json"));

        MarketDataException e = failure(alphaVantage(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
        assertThat(e.getMessage()).startsWith("alphavantage: ABC: Thank you for using Alpha Vantage! Our standard API rate limit")
                .doesNotContain(KEY);
    }

    @Test
    void anInvalidCallIsNoData() {
        server.enqueue(Fixtures.ok("alphavantage-invalid-call.json"));

        MarketDataException e = failure(alphaVantage(), daily("NOPE"));

        assertThat(e.problem()).isEqualTo(Problem.NO_DATA);
        assertThat(e).hasMessageStartingWith("alphavantage: NOPE: Invalid API call.");
    }

    @Test
    void withoutAKeyNothingIsAskedAndTheSettingIsNamed() {
        AlphaVantageProvider keyless = new AlphaVantageProvider(fetcher(), config(""));

        MarketDataException e = failure(keyless, daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.NOT_AUTHORIZED);
        assertThat(e).hasMessage("alphavantage: ABC: no API key; set one with: ./sextant settings set provider.alphavantage.apikey KEY");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void aServerEchoingTheKeyIsRedacted() {
        server.enqueue(Fixtures.json(200, "{\"Error Message\": \"the parameter apikey " + KEY + " is invalid or missing.\"}"));

        MarketDataException e = failure(alphaVantage(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.NOT_AUTHORIZED);
        assertThat(e).hasMessage("alphavantage: ABC: the parameter apikey *** is invalid or missing.");
    }

    @Test
    void malformedJsonAndTimeoutsNeverShowTheKey() {
        server.enqueue(Fixtures.json(200, "{\"Meta Data\": {\"2. Symbol\": \"ABC\""));

        MarketDataException e = failure(alphaVantage(), daily("ABC"));

        assertThat(e.getMessage()).startsWith("alphavantage: ABC: malformed JSON").doesNotContain(KEY);
    }
}
