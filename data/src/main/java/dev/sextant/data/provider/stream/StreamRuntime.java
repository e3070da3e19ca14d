package dev.sextant.data.provider.stream;

import dev.sextant.data.provider.HostRateLimiter;
import dev.sextant.data.provider.HttpFetcher;
import dev.sextant.data.provider.RetryPolicy;
import dev.sextant.data.provider.Sleeper;
import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * What a stream runs on, injectable so that tests use a loopback server, a clock they move and
 * waits that do not sleep.
 *
 * @param socketClient the websocket client (with a ping interval, so a dead peer is noticed)
 * @param http         the REST fetcher used for backfills
 * @param reconnect    backoff between reconnects; its attempts are the consecutive failed connections before giving up
 * @param sleeper      waits out the backoff
 * @param clock        tells how old the newest bar is and which minutes a backfill must cover
 * @param watchEvery   how often the delay watch looks at the newest bar
 */
public record StreamRuntime(OkHttpClient socketClient, HttpFetcher http, RetryPolicy reconnect, Sleeper sleeper,
                            Clock clock, Duration watchEvery) {

    /**
     * Real network and time: pings every 20 s, reconnects after 1 s doubling up to 60 s (with jitter) and never
     * gives up on its own, watch every 5 s.
     */
    public static StreamRuntime real(Duration connectTimeout, Duration readTimeout) {
        OkHttpClient socket = new OkHttpClient.Builder().connectTimeout(connectTimeout).readTimeout(Duration.ZERO)
                .pingInterval(Duration.ofSeconds(20)).build();
        HttpFetcher http = new HttpFetcher(HttpFetcher.client(connectTimeout, readTimeout), HostRateLimiter.real(),
                RetryPolicy.defaults(), Sleeper.REAL);
        RetryPolicy reconnect = new RetryPolicy(Integer.MAX_VALUE, Duration.ofSeconds(1), Duration.ofSeconds(60),
                Duration.ofSeconds(60), 20261207L);
        return new StreamRuntime(socket, http, reconnect, Sleeper.REAL, Clock.systemUTC(), Duration.ofSeconds(5));
    }
}
