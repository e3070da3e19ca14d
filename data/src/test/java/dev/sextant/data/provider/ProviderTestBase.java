package dev.sextant.data.provider;

import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataProvider;
import dev.sextant.engine.spi.MarketDataRequest;
import java.io.IOException;
import java.time.LocalDate;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** A local server standing in for a provider's API, and a fetcher whose waits are recorded, not slept. */
abstract class ProviderTestBase {

    static final String KEY = "SECRETKEY123";
    static final LocalDate FROM = LocalDate.of(2024, 3, 4);
    static final LocalDate TO = LocalDate.of(2024, 3, 7);

    MockWebServer server;
    FakeTime time;

    @BeforeEach
    void startServer() throws IOException {
        server = new MockWebServer();
        server.start();
        time = new FakeTime();
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    HttpUrl base() {
        return server.url("/");
    }

    ProviderConfig config(String key) {
        return new ProviderConfig(base(), 600, key);
    }

    HttpFetcher fetcher() {
        return time.fetcher(FakeTime.policy());
    }

    static MarketDataRequest daily(String symbol) {
        return new MarketDataRequest(symbol, Timeframe.DAILY, FROM, TO);
    }

    static MarketDataException failure(MarketDataProvider provider, MarketDataRequest request) {
        return Assertions.catchThrowableOfType(MarketDataException.class, () -> provider.fetch(request));
    }

    RecordedRequest take() throws InterruptedException {
        return server.takeRequest();
    }
}
