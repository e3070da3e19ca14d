package dev.sextant.data.bars;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static dev.sextant.data.jooq.Tables.SERIES_SPAN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.StreamedBar;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live store on a real H2 file: while another connection holds a lock on one series' span row, a batch of two
 * series fails on the second after writing the first, and the transaction rolls the first back too. The live session
 * keeps the failed bars and writes them again once the lock is gone: every streamed bar is then stored exactly once.
 */
class JooqLiveBarStoreTest {

    private static final Instant OPEN = Instant.parse("2024-03-06T14:30:00Z");

    @TempDir
    Path home;

    private static StreamedBar bar(String symbol, int minute) {
        double base = 100 + minute * 0.01 + (symbol.equals("BBB") ? 50 : 0);
        return new StreamedBar(symbol, OPEN.plusSeconds(60L * minute), base, base + 0.2, base - 0.1, base + 0.1,
                1_000 + minute, false);
    }

    private static PriceColumns series(List<StreamedBar> bars) {
        int n = bars.size();
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            StreamedBar b = bars.get(i);
            t[i] = b.start().getEpochSecond();
            o[i] = b.open();
            h[i] = b.high();
            l[i] = b.low();
            c[i] = b.close();
            v[i] = b.volume();
        }
        return new PriceColumns(bars.getFirst().symbol(), Timeframe.MINUTE_1, t, o, h, l, c, c.clone(), v);
    }

    /** Locks the span row of {@code symbol} in an open transaction of its own connection. */
    private static Connection lockSpan(Database db, String symbol) throws Exception {
        Connection c = db.dataSource().getConnection();
        c.setAutoCommit(false);
        DSL.using(c).update(SERIES_SPAN).set(SERIES_SPAN.REVISION, SERIES_SPAN.REVISION)
                .where(SERIES_SPAN.INSTRUMENT_ID.eq(DSL.select(INSTRUMENT.ID).from(INSTRUMENT).where(INSTRUMENT.SYMBOL.eq(symbol))))
                .execute();
        return c;
    }

    @Test
    void aFailedBatchRollsBackWhollyAndTheSessionWritesItAgainWithoutLossOrDoubling() throws Exception {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            JooqLiveBarStore store = new JooqLiveBarStore(db.dsl(), repo);
            store.write(List.of(series(List.of(bar("BBB", -60)))));

            try (Connection lock = lockSpan(db, "BBB")) {
                PriceColumns a = series(List.of(bar("AAA", 0), bar("AAA", 1)));
                PriceColumns b = series(List.of(bar("BBB", 0), bar("BBB", 1)));
                assertThatThrownBy(() -> store.write(List.of(a, b))).isInstanceOf(RuntimeException.class);
                assertThat(repo.load("AAA", Timeframe.MINUTE_1)).as("AAA was written first, then rolled back").isEmpty();
                assertThat(repo.load("BBB", Timeframe.MINUTE_1).orElseThrow().size()).isEqualTo(1);

                List<StreamedBar> streamed = new ArrayList<>();
                for (int m = 0; m < 30; m++) {
                    streamed.add(bar("AAA", m));
                    streamed.add(bar("BBB", m));
                }
                LiveSessionConfig config = LiveSessionConfig.defaults().withStoreBatch(20, Duration.ofDays(1));
                try (LiveSession session = new LiveSession(config, store,
                        Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC), nanos -> { })) {
                    streamed.forEach(session::bar);
                    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                    while (session.stats().storeFailures() == 0 && System.nanoTime() < deadline) {
                        Thread.sleep(20);
                    }
                    assertThat(session.stats().storeFailures()).isPositive();
                    assertThat(repo.load("AAA", Timeframe.MINUTE_1)).isEmpty();
                    lock.rollback();
                    session.finish();
                    assertThat(session.stats().stored()).isEqualTo(streamed.size());
                    assertThat(session.stats().pendingStore()).isZero();
                }
                for (String symbol : List.of("AAA", "BBB")) {
                    PriceColumns stored = repo.load(symbol, Timeframe.MINUTE_1).orElseThrow();
                    List<StreamedBar> expected = streamed.stream().filter(x -> x.symbol().equals(symbol)).toList();
                    int offset = symbol.equals("BBB") ? 1 : 0;
                    assertThat(stored.size()).isEqualTo(expected.size() + offset);
                    for (int i = 0; i < expected.size(); i++) {
                        StreamedBar e = expected.get(i);
                        assertThat(stored.time()[i + offset]).isEqualTo(e.start().getEpochSecond());
                        assertThat(stored.close()[i + offset]).isEqualTo(e.close());
                        assertThat(stored.volume()[i + offset]).isEqualTo(e.volume());
                    }
                }
            }
        }
    }
}
