package dev.sextant.data.provider;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataException.Problem;
import dev.sextant.engine.spi.MarketDataResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class StooqProviderTest extends ProviderTestBase {

    private StooqProvider stooq() {
        return new StooqProvider(fetcher(), config(""));
    }

    @Test
    void dailyCsvWithTheUsSuffixAndTheDateRange() throws InterruptedException {
        server.enqueue(Fixtures.csv(Fixtures.text("stooq-daily.csv")));

        MarketDataResponse r = stooq().fetch(daily("ABC"));

        assertThat(r.bars().symbol()).isEqualTo("ABC");
        assertThat(r.bars().close()).containsExactly(53.0, 54.0, 55.0);
        assertThat(r.actions()).isEmpty();
        RecordedRequest request = take();
        assertThat(request.getUrl().encodedPath()).isEqualTo("/q/d/l/");
        assertThat(request.getUrl().queryParameter("s")).isEqualTo("abc.us");
        assertThat(request.getUrl().queryParameter("d1")).isEqualTo("20240304");
        assertThat(request.getUrl().queryParameter("d2")).isEqualTo("20240307");
    }

    @Test
    void noDataIsAnEmptyAnswer() {
        server.enqueue(Fixtures.text(200, "text/plain", "No data"));

        assertThat(stooq().fetch(daily("ABC")).bars().isEmpty()).isTrue();
    }

    @Test
    void theDailyHitsLimitIsARateLimit() {
        server.enqueue(Fixtures.text(200, "text/plain", "Exceeded the daily hits limit"));

        MarketDataException e = failure(stooq(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.RATE_LIMITED);
        assertThat(e).hasMessage("stooq: ABC: Exceeded the daily hits limit");
    }

    @Test
    void anHtmlPageIsNotCsv() {
        server.enqueue(Fixtures.text(200, "text/html", "<html><body>Please enable JavaScript</body></html>"));

        MarketDataException e = failure(stooq(), daily("ABC"));

        assertThat(e.problem()).isEqualTo(Problem.BAD_RESPONSE);
        assertThat(e).hasMessage("stooq: ABC: expected CSV with a Date,Open,High,Low,Close header but got content type"
                + " 'text/html': <html><body>Please enable JavaScript</body></html>");
    }

    @Test
    void aMalformedRowNamesItsLine() {
        server.enqueue(Fixtures.csv("Date,Open,High,Low,Close,Volume\n2024-03-04,52.5,53.4,52.1,53,3000\n2024-03-05,53.1,5"));

        MarketDataException e = failure(stooq(), daily("ABC"));

        assertThat(e).hasMessage("stooq: ABC: CSV line 3: expected 6 fields but found 3");
    }
}
