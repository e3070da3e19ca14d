package dev.sextant.data.provider.stream;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.provider.AlpacaBars;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Throughput of the Alpaca adapter on loopback: live bars from the server's first send to the
 * listener's last bar (10 symbols, one frame of 10 bars per minute, 3 rounds of 50 000 bars), and
 * the REST backfill of a whole session (390 minutes x 10 symbols). Prints bars/s; asserts counts only.
 * Run: {@code ./mvnw -pl data -am test -Ddata.excludedGroups= -Dgroups=benchmark -Dtest=AlpacaStreamBenchmark
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class AlpacaStreamBenchmark extends AlpacaStreamTestBase {

    private static final int SYMBOLS = 10;
    private static final int MINUTES = 5_000;

    @Test
    void liveBarsAndABackfillPerSecond() throws Exception {
        List<String> symbols = new ArrayList<>();
        for (int i = 0; i < SYMBOLS; i++) {
            symbols.add("S" + i);
        }
        AtomicInteger received = new AtomicInteger();
        CountDownLatch[] rounds = {new CountDownLatch(SYMBOLS * MINUTES), new CountDownLatch(SYMBOLS * MINUTES),
                new CountDownLatch(SYMBOLS * MINUTES)};
        BarStreamListener counting = new BarStreamListener() {
            @Override
            public void bar(StreamedBar bar) {
                rounds[Math.min(2, received.getAndIncrement() / (SYMBOLS * MINUTES))].countDown();
            }

            @Override
            public void status(StreamStatus status, String detail) {
            }
        };
        stream(settings(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET, Duration.ofDays(1000), 100_000)).start(symbols, counting);
        FakeAlpaca.Connection c = alpaca.nextConnection();
        for (int round = 0; round < 3; round++) {
            List<String> frames = new ArrayList<>();
            Instant first = Instant.parse("2020-01-01T00:00:00Z").plus(Duration.ofMinutes((long) round * MINUTES));
            for (int m = 0; m < MINUTES; m++) {
                Instant minute = first.plus(Duration.ofMinutes(m));
                frames.add("[" + String.join(",", symbols.stream().map(s -> FakeAlpaca.bar("b", s, minute)).toList()) + "]");
            }
            long t0 = System.nanoTime();
            for (String frame : frames) {
                assertThat(c.socket().send(frame)).isTrue();
            }
            assertThat(rounds[round].await(60, TimeUnit.SECONDS)).isTrue();
            long nanos = System.nanoTime() - t0;
            System.out.printf("live round %d: %,d bars in %.0f ms = %,.0f bars/s (buffer high water %,d)%n", round + 1,
                    SYMBOLS * MINUTES, nanos / 1e6, SYMBOLS * MINUTES / (nanos / 1e9), stream.bufferHighWater());
        }

        alpaca.pageSize = 10_000;
        AlpacaBars rest = new AlpacaBars(restFetcher(), alpaca.restUrl(), "iex", FakeAlpaca.KEY_ID, FakeAlpaca.SECRET);
        Instant open = Instant.parse("2026-12-07T14:30:00Z");
        alpaca.historyFrom = open;
        alpaca.historyTo = open.plus(Duration.ofMinutes(389));
        for (int run = 0; run < 3; run++) {
            long t0 = System.nanoTime();
            int bars = 0;
            for (String symbol : symbols) {
                bars += rest.minutes(symbol, open, alpaca.historyTo).size();
            }
            long nanos = System.nanoTime() - t0;
            assertThat(bars).isEqualTo(390 * SYMBOLS);
            System.out.printf("backfill run %d: %,d bars (10 requests) in %.0f ms = %,.0f bars/s%n", run + 1, bars,
                    nanos / 1e6, bars / (nanos / 1e9));
        }
    }
}
