package dev.sextant.data.provider.stream;

import static dev.sextant.data.provider.stream.FakeAlpaca.bar;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.bars.JooqLiveBarStore;
import dev.sextant.data.db.Database;
import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live path end to end: a scripted Alpaca on loopback, the Alpaca stream, the live session and the store of a
 * real H2 file. The connection drops mid-session and the stream backfills the missed minutes over REST; a duplicate
 * and a corrected bar arrive too. Every minute the provider had is stored once, with its values.
 */
class AlpacaIntoLiveSessionTest extends AlpacaStreamTestBase {

    @TempDir
    Path home;

    @Test
    void aDropWithBackfillDuplicatesAndACorrectionStoreEveryMinuteOnce() throws Exception {
        try (Database db = Database.open(home)) {
            JooqBarRepository bars = new JooqBarRepository(db.dsl());
            LiveSession session = new LiveSession(LiveSessionConfig.defaults(), new JooqLiveBarStore(db.dsl(), bars), clock,
                    d -> { });
            stream(settings(FakeAlpaca.KEY_ID, FakeAlpaca.SECRET, java.time.Duration.ofHours(1), 1000))
                    .start(List.of("SPY", "AAPL"), session);
            FakeAlpaca.Connection first = alpaca.nextConnection();
            first.send(bar("b", "SPY", minute(30)), bar("b", "AAPL", minute(30)));
            first.send(bar("b", "SPY", minute(31)), bar("b", "AAPL", minute(31)), bar("b", "SPY", minute(31)));
            first.send(bar("b", "SPY", minute(32)), bar("u", "SPY", minute(32)));
            awaitReceived(session, 7);

            clock.set(Instant.parse("2026-12-07T14:36:40Z"));
            alpaca.dropConnections();
            FakeAlpaca.Connection second = alpaca.nextConnection();
            second.send(bar("b", "SPY", minute(36)), bar("b", "AAPL", minute(36)));
            awaitReceived(session, 7 + 3 + 4 + 2); // SPY 14:33-14:35 and AAPL 14:32-14:35 backfilled over REST
            stream.close();
            session.finish();

            for (String symbol : List.of("SPY", "AAPL")) {
                PriceColumns stored = bars.load(symbol, Timeframe.MINUTE_1).orElseThrow();
                long[] minutes = new long[7];
                for (int m = 30; m <= 36; m++) {
                    minutes[m - 30] = minute(m).getEpochSecond();
                }
                assertThat(stored.time()).as(symbol + ": each minute once").containsExactly(minutes);
                for (int i = 0; i < stored.size(); i++) {
                    double[] v = FakeAlpaca.values(symbol, Instant.ofEpochSecond(stored.time()[i]));
                    assertThat(new double[] {stored.open()[i], stored.high()[i], stored.low()[i], stored.close()[i],
                            stored.volume()[i]}).as(symbol + " " + Instant.ofEpochSecond(stored.time()[i])).containsExactly(v);
                }
            }
            assertThat(session.stats().duplicates()).isGreaterThanOrEqualTo(1);
            assertThat(session.stats().stored()).isEqualTo(14);
        }
    }

    private static void awaitReceived(LiveSession session, long count) throws InterruptedException {
        long until = System.nanoTime() + 10_000_000_000L;
        while (session.stats().received() < count) {
            if (System.nanoTime() > until) {
                throw new AssertionError("received " + session.stats() + ", expected " + count + " bars");
            }
            Thread.sleep(20);
        }
    }
}
