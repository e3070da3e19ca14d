package dev.sextant.data.bars;

import dev.sextant.engine.market.imports.BarUpsert;

import static dev.sextant.data.jooq.Tables.BAR_CHUNK;
import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static dev.sextant.data.jooq.Tables.SERIES_SPAN;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.val;

import dev.sextant.data.bars.BarChunkCodec.Chunk;
import dev.sextant.data.db.JdbcBatch;
import dev.sextant.engine.cache.BoundedCache;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.IntConsumer;
import org.jooq.DSLContext;
import org.jooq.Record2;

/**
 * Bars in H2 as packed column chunks (see {@link ChunkPeriod} and {@link BarChunkCodec}), with each series' span
 * (first and last time, bar count, revision) kept beside them in {@code series_span} so that listing the store stays
 * cheap. Reads use the repository's own context; {@link #upsert} writes inside the caller's transaction.
 *
 * <p>Loaded series are kept, up to {@link #CACHE_BYTES}, under their revision, which every write of a series raises:
 * a load reads the revision first and decodes the chunks only when it has no copy of that revision, so a second run
 * over the same universe in one process does not read it from the database again (#24). The columns handed out are
 * shared and must not be changed.
 */
public final class JooqBarRepository implements BarRepository {

    /** Bytes of loaded series kept: the 471 real daily series (2 M bars) take about 110 MB. */
    static final long CACHE_BYTES = 192L << 20;

    private record Loaded(String symbol, Timeframe timeframe, long revision) {
    }

    private final DSLContext dsl;
    private final BoundedCache<Loaded, PriceColumns> loaded = new BoundedCache<>(CACHE_BYTES,
            bars -> 56L * bars.size() + 64);

    public JooqBarRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<SeriesInfo> listSeries() {
        return dsl.select(INSTRUMENT.SYMBOL, SERIES_SPAN.TIMEFRAME, SERIES_SPAN.FIRST_TIME, SERIES_SPAN.LAST_TIME,
                        SERIES_SPAN.BAR_COUNT)
                .from(SERIES_SPAN).join(INSTRUMENT).on(INSTRUMENT.ID.eq(SERIES_SPAN.INSTRUMENT_ID))
                .orderBy(INSTRUMENT.SYMBOL, SERIES_SPAN.TIMEFRAME)
                .fetch(r -> new SeriesInfo(r.value1(), Timeframe.ofCode(r.value2()), r.value3(), r.value4(), r.value5()));
    }

    @Override
    public Optional<PriceColumns> load(String symbol, Timeframe timeframe) {
        // the revision before the chunks: a write in between leaves newer chunks under an older revision, which the
        // next load reads again, never older chunks under the newer revision
        Record2<Long, Long> span = dsl.select(SERIES_SPAN.INSTRUMENT_ID, SERIES_SPAN.REVISION)
                .from(SERIES_SPAN).join(INSTRUMENT).on(INSTRUMENT.ID.eq(SERIES_SPAN.INSTRUMENT_ID))
                .where(INSTRUMENT.SYMBOL.eq(symbol)).and(SERIES_SPAN.TIMEFRAME.eq(timeframe.code()))
                .fetchOne();
        return span == null ? Optional.empty() : loadAll(List.of(symbol), timeframe, Map.of(symbol, span), i -> { }).get(0);
    }

    /** One query for the revisions of every series of {@code timeframe}, then each symbol from the cache or its chunks. */
    @Override
    public List<Optional<PriceColumns>> loadAll(List<String> symbols, Timeframe timeframe, IntConsumer before) {
        Map<String, Record2<Long, Long>> spans = dsl.select(INSTRUMENT.SYMBOL, SERIES_SPAN.INSTRUMENT_ID, SERIES_SPAN.REVISION)
                .from(SERIES_SPAN).join(INSTRUMENT).on(INSTRUMENT.ID.eq(SERIES_SPAN.INSTRUMENT_ID))
                .where(SERIES_SPAN.TIMEFRAME.eq(timeframe.code()))
                .fetchMap(INSTRUMENT.SYMBOL, r -> r.into(SERIES_SPAN.INSTRUMENT_ID, SERIES_SPAN.REVISION));
        return loadAll(symbols, timeframe, spans, before);
    }

    /**
     * Each symbol at the revision of its span (instrument id, revision): the kept copy, or read from its chunks, all
     * through one reader.
     */
    private List<Optional<PriceColumns>> loadAll(List<String> symbols, Timeframe timeframe,
            Map<String, Record2<Long, Long>> spans, IntConsumer before) {
        return dsl.connectionResult(connection -> {
            try (ChunkReader chunks = new ChunkReader(dsl, connection, timeframe)) {
                List<Optional<PriceColumns>> out = new ArrayList<>(symbols.size());
                for (int i = 0; i < symbols.size(); i++) {
                    before.accept(i);
                    String symbol = symbols.get(i);
                    Record2<Long, Long> span = spans.get(symbol);
                    out.add(span == null ? Optional.empty() : Optional.of(loaded.get(
                            new Loaded(symbol, timeframe, span.value2()), key -> chunks.read(span.value1(), symbol))));
                }
                return out;
            }
        });
    }

    /**
     * Merges {@code bars} into the stored series of {@code instrumentId}: a bar at a time already
     * stored replaces it, other stored bars stay. Chunks whose content does not change are not
     * written, so writing the same bars again changes nothing.
     */
    public BarUpsert upsert(DSLContext tx, long instrumentId, PriceColumns bars) {
        Timeframe tf = bars.timeframe();
        if (!tf.isStorable()) {
            throw new IllegalArgumentException(tf.code() + " bars of " + bars.symbol()
                    + " are not stored: they are built from 1d bars when loaded");
        }
        Map<LocalDate, byte[]> stored = new TreeMap<>();
        if (!bars.isEmpty()) {
            LocalDate firstPeriod = ChunkPeriod.of(tf, bars.time()[0]);
            LocalDate lastPeriod = ChunkPeriod.of(tf, bars.time()[bars.size() - 1]);
            tx.select(BAR_CHUNK.PERIOD_START, BAR_CHUNK.PAYLOAD).from(BAR_CHUNK)
                    .where(BAR_CHUNK.INSTRUMENT_ID.eq(instrumentId)).and(BAR_CHUNK.TIMEFRAME.eq(tf.code()))
                    .and(BAR_CHUNK.PERIOD_START.between(firstPeriod, lastPeriod))
                    .forEach(r -> stored.put(r.value1(), r.value2()));
        }
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        List<ChunkRow> writes = new ArrayList<>();
        int start = 0;
        while (start < bars.size()) {
            LocalDate period = ChunkPeriod.of(tf, bars.time()[start]);
            long next = ChunkPeriod.startOfNext(tf, period);
            int end = start;
            while (end < bars.size() && bars.time()[end] < next) {
                end++;
            }
            ChunkMerge merge = ChunkMerge.of(stored.get(period), bars, start, end);
            added += merge.added();
            changed += merge.changed();
            unchanged += merge.unchanged();
            if (merge.added() + merge.changed() > 0) {
                writes.add(new ChunkRow(period, merge.merged(), BarChunkCodec.encode(merge.merged(), 0, merge.merged().size())));
            }
            start = end;
        }
        if (added + changed > 0) {
            JdbcBatch.run(tx, tx.mergeInto(BAR_CHUNK, BAR_CHUNK.INSTRUMENT_ID, BAR_CHUNK.TIMEFRAME,
                            BAR_CHUNK.PERIOD_START, BAR_CHUNK.BAR_COUNT, BAR_CHUNK.FIRST_TIME, BAR_CHUNK.LAST_TIME,
                            BAR_CHUNK.PAYLOAD, BAR_CHUNK.CHECKSUM)
                    .key(BAR_CHUNK.INSTRUMENT_ID, BAR_CHUNK.TIMEFRAME, BAR_CHUNK.PERIOD_START)
                    .values((Long) null, null, null, null, null, null, null, null), writes, (row, k, w) -> {
                        int n = w.bars().size();
                        row.setLong(1, instrumentId);
                        row.setString(2, tf.code());
                        row.setObject(3, w.period());
                        row.setInt(4, n);
                        row.setLong(5, w.bars().time()[0]);
                        row.setLong(6, w.bars().time()[n - 1]);
                        row.setBytes(7, w.payload());
                        row.setLong(8, BarChunkCodec.checksum(w.payload()));
                    });
            writeSpan(tx, instrumentId, tf, bars.time()[0], bars.time()[bars.size() - 1], added);
        }
        return new BarUpsert(bars.symbol(), tf.code(), added, changed, unchanged);
    }

    /**
     * Widens the series' row of {@code series_span} to the bars just written, adds the {@code added} new ones to its
     * count and raises its revision, in the transaction of the write (a rolled-back write leaves it as it was). Every
     * written bar is stored afterwards, so the span is the old one widened, without reading the chunks again.
     */
    private static void writeSpan(DSLContext tx, long instrumentId, Timeframe tf, long first, long last, int added) {
        tx.mergeInto(SERIES_SPAN)
                .using(tx.selectOne())
                .on(SERIES_SPAN.INSTRUMENT_ID.eq(instrumentId).and(SERIES_SPAN.TIMEFRAME.eq(tf.code())))
                .whenMatchedThenUpdate()
                .set(SERIES_SPAN.FIRST_TIME, least(SERIES_SPAN.FIRST_TIME, val(first)))
                .set(SERIES_SPAN.LAST_TIME, greatest(SERIES_SPAN.LAST_TIME, val(last)))
                .set(SERIES_SPAN.BAR_COUNT, SERIES_SPAN.BAR_COUNT.plus((long) added))
                .set(SERIES_SPAN.REVISION, SERIES_SPAN.REVISION.plus(1))
                .whenNotMatchedThenInsert(SERIES_SPAN.INSTRUMENT_ID, SERIES_SPAN.TIMEFRAME, SERIES_SPAN.FIRST_TIME,
                        SERIES_SPAN.LAST_TIME, SERIES_SPAN.BAR_COUNT)
                .values(instrumentId, tf.code(), first, last, (long) added)
                .execute();
    }

    /** One chunk to write: its period, its merged bars and their encoding. */
    private record ChunkRow(LocalDate period, Chunk bars, byte[] payload) {
    }
}
