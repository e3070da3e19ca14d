package dev.sextant.data.provider.stream;


import dev.sextant.data.provider.HostRateLimiter;
import dev.sextant.data.provider.HttpFetcher;
import dev.sextant.data.provider.RetryPolicy;
import dev.sextant.data.provider.Sleeper;
import dev.sextant.engine.spi.StreamedBar;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;

/** A scripted Alpaca on loopback (websocket and REST), a clock the test moves, and a stream under test. */
@Timeout(30)
abstract class AlpacaStreamTestBase {

    static final Instant T0 = Instant.parse("2026-12-07T14:30:30Z");
    static final Instant M30 = Instant.parse("2026-12-07T14:30:00Z");

    FakeAlpaca alpaca;
    MutableClock clock;
    final List<Duration> reconnectWaits = Collections.synchronizedList(new ArrayList<>());
    Sleeper reconnectSleeper = reconnectWaits::add;
    OkHttpClient socketClient = new OkHttpClient();
    final RecordingListener listener = new RecordingListener();
    AlpacaStream stream;

    @BeforeEach
    void startServer() throws IOException {
        alpaca = new FakeAlpaca();
        clock = new MutableClock(T0);
    }

    @AfterEach
    void stop() {
        if (stream != null) {
            stream.close();
        }
        alpaca.close();
    }

    static Instant minute(int m) {
        return M30.plus(Duration.ofMinutes(m - 30));
    }

    AlpacaSettings settings(String keyId, String secret, Duration delayedAfter, int buffer) {
        return new AlpacaSettings(keyId, secret, "iex", alpaca.streamUrl(), alpaca.restUrl(), delayedAfter, buffer);
    }

    /** A REST fetcher that neither rate-limits nor waits between its 2 attempts. */
    static HttpFetcher restFetcher() {
        Sleeper noWait = d -> { };
        return new HttpFetcher(HttpFetcher.client(Duration.ofSeconds(2), Duration.ofSeconds(2)),
                new HostRateLimiter(() -> 0L, noWait),
                new RetryPolicy(2, Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofSeconds(1), 1L), noWait);
    }

    AlpacaStream stream(AlpacaSettings settings) {
        StreamRuntime runtime = new StreamRuntime(socketClient, restFetcher(),
                new RetryPolicy(5, Duration.ofSeconds(1), Duration.ofSeconds(8), Duration.ofSeconds(60), 42L),
                reconnectSleeper, clock, Duration.ofMillis(10));
        stream = new AlpacaStream(settings, runtime);
        return stream;
    }

    AlpacaStream started(String... symbols) {
        AlpacaStream s = stream(settings(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET, Duration.ofHours(1), 1000));
        s.start(List.of(symbols), listener);
        return s;
    }

    static StreamedBar expected(String symbol, Instant minute, boolean correction) {
        double[] v = FakeAlpaca.values(symbol, minute);
        return new StreamedBar(symbol, minute, v[0], v[1], v[2], v[3], v[4], correction);
    }

    static Set<String> keys(List<StreamedBar> bars) {
        Set<String> keys = new HashSet<>();
        bars.forEach(b -> keys.add(b.symbol() + "@" + b.start()));
        return keys;
    }

}
