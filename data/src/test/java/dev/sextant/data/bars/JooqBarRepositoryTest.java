package dev.sextant.data.bars;

import dev.sextant.engine.market.imports.BarUpsert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.data.instrument.JooqInstrumentRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqBarRepositoryTest {

    @TempDir
    Path home;

    /** {@code n} daily bars from {@code first}, one per calendar day, with prices derived from {@code base}. */
    static PriceColumns daily(String symbol, LocalDate first, int n, double base) {
        long[] t = new long[n];
        double[] o = new double[n], h = new double[n], l = new double[n], c = new double[n], a = new double[n], v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = first.toEpochDay() + i;
            o[i] = base + i;
            h[i] = base + i + 2;
            l[i] = base + i - 1;
            c[i] = base + i + 1;
            a[i] = c[i] * 0.9;
            v[i] = 1000 + i;
        }
        return new PriceColumns(symbol, Timeframe.DAILY, t, o, h, l, c, a, v);
    }

    @Test
    void barsAcrossSeveralYearChunksReadBackExactly() {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            PriceColumns bars = daily("ABC", LocalDate.of(2019, 12, 20), 800, 50);
            BarUpsert result = db.dsl().transactionResult(cfg ->
                    repo.upsert(cfg.dsl(), JooqInstrumentRepository.ensure(cfg.dsl(), "ABC", false), bars));

            assertThat(result.added()).isEqualTo(800);
            PriceColumns back = repo.load("ABC", Timeframe.DAILY).orElseThrow();
            assertThat(back.time()).containsExactly(bars.time());
            assertThat(back.open()).containsExactly(bars.open());
            assertThat(back.high()).containsExactly(bars.high());
            assertThat(back.low()).containsExactly(bars.low());
            assertThat(back.close()).containsExactly(bars.close());
            assertThat(back.adjClose()).containsExactly(bars.adjClose());
            assertThat(back.volume()).containsExactly(bars.volume());
            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.BAR_CHUNK)).isEqualTo(4); // 2019..2022
            assertThat(repo.listSeries()).containsExactly(new SeriesInfo("ABC", Timeframe.DAILY,
                    bars.time()[0], bars.time()[799], 800));
        }
    }

    @Test
    void aSeriesLoadedOnceIsKeptUntilAWriteOfItRaisesItsRevisionEvenWhenItsSpanStaysTheSame() {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            long id = JooqInstrumentRepository.ensure(db.dsl(), "ABC", false);
            PriceColumns bars = daily("ABC", LocalDate.of(2020, 1, 1), 30, 10);
            repo.upsert(db.dsl(), id, bars);
            PriceColumns first = repo.load("ABC", Timeframe.DAILY).orElseThrow();
            assertThat(repo.load("ABC", Timeframe.DAILY)).as("no write: the same columns, not read again").containsSame(first);

            repo.upsert(db.dsl(), id, bars);
            assertThat(repo.load("ABC", Timeframe.DAILY)).as("a write that changed nothing keeps the revision").containsSame(first);

            PriceColumns corrected = daily("ABC", LocalDate.of(2020, 1, 15), 1, 99); // one bar inside the span, new prices
            // a second repository writes, as another part of the app would
            new JooqBarRepository(db.dsl()).upsert(db.dsl(), id, corrected);
            PriceColumns after = repo.load("ABC", Timeframe.DAILY).orElseThrow();
            assertThat(after.size()).isEqualTo(30);
            assertThat(after.close()[14]).isEqualTo(100.0);
            assertThat(first.close()[14]).as("the columns handed out before are not changed").isEqualTo(25.0);
            assertThat(repo.load("AB", Timeframe.DAILY)).isEmpty();
        }
    }

    @Test
    void loadingSeveralSeriesAtOnceGivesWhatLoadingEachGivesInTheOrderAskedAndFollowsWrites() {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            long abc = JooqInstrumentRepository.ensure(db.dsl(), "ABC", false);
            long xyz = JooqInstrumentRepository.ensure(db.dsl(), "XYZ", false);
            repo.upsert(db.dsl(), abc, daily("ABC", LocalDate.of(2020, 1, 1), 30, 10));
            repo.upsert(db.dsl(), xyz, daily("XYZ", LocalDate.of(2021, 3, 1), 5, 40));
            List<Integer> asked = new java.util.ArrayList<>();

            List<Optional<PriceColumns>> all = repo.loadAll(List.of("XYZ", "NONE", "ABC"), Timeframe.DAILY, asked::add);

            assertThat(asked).containsExactly(0, 1, 2);
            assertThat(all.get(1)).isEmpty();
            assertThat(all.get(0).orElseThrow().close()).containsExactly(repo.load("XYZ", Timeframe.DAILY).orElseThrow().close());
            assertThat(all.get(2)).as("kept: the same columns as a single load").containsSame(
                    repo.load("ABC", Timeframe.DAILY).orElseThrow());
            assertThat(repo.loadAll(List.of("ABC"), Timeframe.MINUTE_1, i -> { })).containsExactly(Optional.empty());

            repo.upsert(db.dsl(), abc, daily("ABC", LocalDate.of(2020, 1, 15), 1, 99));
            PriceColumns after = repo.loadAll(List.of("ABC"), Timeframe.DAILY, i -> { }).getFirst().orElseThrow();
            assertThat(after.close()[14]).as("a write raised the revision: read again").isEqualTo(100.0);
        }
    }

    @Test
    void writingTheSameBarsAgainChangesNothingAndOverlapsMerge() {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            long id = JooqInstrumentRepository.ensure(db.dsl(), "ABC", false);
            PriceColumns first = daily("ABC", LocalDate.of(2020, 1, 1), 100, 10);
            repo.upsert(db.dsl(), id, first);

            BarUpsert again = repo.upsert(db.dsl(), id, first);
            assertThat(again).isEqualTo(new BarUpsert("ABC", "1d", 0, 0, 100));

            // 50 overlapping days with different prices, 50 new ones
            PriceColumns overlap = daily("ABC", LocalDate.of(2020, 2, 20), 100, 500);
            BarUpsert merged = repo.upsert(db.dsl(), id, overlap);
            assertThat(merged.added()).isEqualTo(50);
            assertThat(merged.changed()).isEqualTo(50);

            PriceColumns back = repo.load("ABC", Timeframe.DAILY).orElseThrow();
            assertThat(back.size()).isEqualTo(150);
            assertThat(back.close()[49]).isEqualTo(first.close()[49]);
            assertThat(back.close()[50]).isEqualTo(overlap.close()[0]);
            assertThat(back.close()[149]).isEqualTo(overlap.close()[99]);
        }
    }

    @Test
    void intradayBarsAreChunkedByMonthAndKeepTheirInstants() {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            long id = JooqInstrumentRepository.ensure(db.dsl(), "MIN", false);
            long start = java.time.ZonedDateTime.of(2024, 1, 31, 15, 59, 0, 0,
                    java.time.ZoneId.of("America/New_York")).toEpochSecond();
            long[] t = {start, start + 60, start + 24 * 3600};
            double[] p = {1, 2, 3};
            repo.upsert(db.dsl(), id, new PriceColumns("MIN", Timeframe.MINUTE_1, t, p, p, p, p, p, p));

            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.BAR_CHUNK)).isEqualTo(2); // Jan 31 20:59Z, Feb 1
            assertThat(repo.load("MIN", Timeframe.MINUTE_1).orElseThrow().time()).containsExactly(t);
            assertThat(repo.load("MIN", Timeframe.DAILY)).isEmpty();
        }
    }

    @Test
    void weeklyAndMonthlyBarsAreNeverStored() {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            PriceColumns d = daily("ABC", LocalDate.of(2024, 1, 1), 3, 50);
            PriceColumns weeks = new PriceColumns("ABC", Timeframe.WEEKLY, d.time(), d.open(), d.high(), d.low(), d.close(),
                    d.adjClose(), d.volume());

            assertThatThrownBy(() -> db.dsl().transaction(cfg ->
                    repo.upsert(cfg.dsl(), JooqInstrumentRepository.ensure(cfg.dsl(), "ABC", false), weeks)))
                    .hasMessageContaining("1w bars of ABC are not stored: they are built from 1d bars when loaded");
            assertThat(repo.listSeries()).isEmpty();
        }
    }

    /** The series as a GROUP BY over every chunk says, the way the store was listed before {@code series_span}. */
    private static java.util.List<SeriesInfo> fromChunks(Database db) {
        var c = dev.sextant.data.jooq.Tables.BAR_CHUNK;
        var i = dev.sextant.data.jooq.Tables.INSTRUMENT;
        return db.dsl().select(i.SYMBOL, c.TIMEFRAME, org.jooq.impl.DSL.min(c.FIRST_TIME), org.jooq.impl.DSL.max(c.LAST_TIME),
                        org.jooq.impl.DSL.sum(c.BAR_COUNT))
                .from(c).join(i).on(i.ID.eq(c.INSTRUMENT_ID)).groupBy(i.SYMBOL, c.TIMEFRAME).orderBy(i.SYMBOL, c.TIMEFRAME)
                .fetch(r -> new SeriesInfo(r.value1(), Timeframe.ofCode(r.value2()), r.value3(), r.value4(), r.value5().longValue()));
    }

    @Test
    void theListedSpansFollowEveryWriteAndARolledBackOneLeavesThemAsTheyWere() {
        try (Database db = Database.open(home)) {
            JooqBarRepository repo = new JooqBarRepository(db.dsl());
            long abc = JooqInstrumentRepository.ensure(db.dsl(), "ABC", false);
            long xyz = JooqInstrumentRepository.ensure(db.dsl(), "XYZ", false);
            repo.upsert(db.dsl(), abc, daily("ABC", LocalDate.of(2020, 1, 1), 100, 10));
            repo.upsert(db.dsl(), xyz, daily("XYZ", LocalDate.of(2018, 6, 1), 400, 20));
            repo.upsert(db.dsl(), abc, daily("ABC", LocalDate.of(2019, 12, 1), 200, 30)); // earlier start, overlap, later end
            repo.upsert(db.dsl(), abc, daily("ABC", LocalDate.of(2020, 2, 1), 10, 30)); // the same bars: nothing written
            double[] p = {1, 2};
            repo.upsert(db.dsl(), abc, new PriceColumns("ABC", Timeframe.MINUTE_1, new long[] {1_700_000_000L, 1_700_000_060L},
                    p, p, p, p, p, p));

            // ABC daily: 2019-12-01 .. 2020-06-17 (200 days), XYZ daily: 400 days from 2018-06-01, ABC 1m: 2 bars
            assertThat(repo.listSeries()).containsExactly(
                    new SeriesInfo("ABC", Timeframe.DAILY, LocalDate.of(2019, 12, 1).toEpochDay(),
                            LocalDate.of(2020, 6, 17).toEpochDay(), 200),
                    new SeriesInfo("ABC", Timeframe.MINUTE_1, 1_700_000_000L, 1_700_000_060L, 2), // by code: 1d, 1m
                    new SeriesInfo("XYZ", Timeframe.DAILY, LocalDate.of(2018, 6, 1).toEpochDay(),
                            LocalDate.of(2019, 7, 5).toEpochDay(), 400))
                    .isEqualTo(fromChunks(db));

            var before = repo.listSeries();
            assertThatThrownBy(() -> db.dsl().transaction(cfg -> {
                repo.upsert(cfg.dsl(), xyz, daily("XYZ", LocalDate.of(2019, 7, 1), 50, 99));
                throw new IllegalStateException("the import failed after writing");
            })).hasMessage("the import failed after writing");
            assertThat(repo.listSeries()).isEqualTo(before).isEqualTo(fromChunks(db));
        }
    }
}
