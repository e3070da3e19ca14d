package dev.sextant.data.bars;

import dev.sextant.engine.market.imports.BarUpsert;

import static dev.sextant.data.jooq.Tables.BAR_CHUNK;
import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static dev.sextant.data.jooq.Tables.SERIES_SPAN;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.sum;

import dev.sextant.data.bars.BarChunkCodec.Chunk;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Record2;
import org.jooq.Result;

/**
 * Bars in H2 as packed column chunks (see {@link ChunkPeriod} and {@link BarChunkCodec}), with each series' span
 * (first and last time, bar count) kept beside them in {@code series_span} so that listing the store stays cheap.
 * Reads use the repository's own context; {@link #upsert} writes inside the caller's transaction.
 */
public final class JooqBarRepository implements BarRepository {

    private final DSLContext dsl;

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
        Result<Record2<Integer, byte[]>> rows = dsl.select(BAR_CHUNK.BAR_COUNT, BAR_CHUNK.PAYLOAD)
                .from(BAR_CHUNK).join(INSTRUMENT).on(INSTRUMENT.ID.eq(BAR_CHUNK.INSTRUMENT_ID))
                .where(INSTRUMENT.SYMBOL.eq(symbol)).and(BAR_CHUNK.TIMEFRAME.eq(timeframe.code()))
                .orderBy(BAR_CHUNK.PERIOD_START)
                .fetch();
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        int total = rows.stream().mapToInt(Record2::value1).sum();
        Chunk all = Chunk.allocate(total);
        int at = 0;
        for (Record2<Integer, byte[]> row : rows) {
            at += BarChunkCodec.decodeInto(row.value2(), all, at);
        }
        return Optional.of(new PriceColumns(symbol, timeframe, all.time(), all.open(), all.high(), all.low(),
                all.close(), all.adjClose(), all.volume()));
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
        int start = 0;
        while (start < bars.size()) {
            LocalDate period = ChunkPeriod.of(tf, bars.time()[start]);
            int end = start;
            while (end < bars.size() && ChunkPeriod.of(tf, bars.time()[end]).equals(period)) {
                end++;
            }
            byte[] old = stored.get(period);
            ChunkMerge merge = ChunkMerge.of(old, bars, start, end);
            added += merge.added();
            changed += merge.changed();
            unchanged += merge.unchanged();
            if (merge.added() + merge.changed() > 0) {
                write(tx, instrumentId, tf, period, merge.merged()).execute();
            }
            start = end;
        }
        if (added + changed > 0) {
            writeSpan(tx, instrumentId, tf);
        }
        return new BarUpsert(bars.symbol(), tf.code(), added, changed, unchanged);
    }

    /** Recomputes the series' row of {@code series_span} from its chunks, in the transaction that wrote them. */
    private static void writeSpan(DSLContext tx, long instrumentId, Timeframe tf) {
        var span = tx.select(min(BAR_CHUNK.FIRST_TIME), max(BAR_CHUNK.LAST_TIME), sum(BAR_CHUNK.BAR_COUNT))
                .from(BAR_CHUNK)
                .where(BAR_CHUNK.INSTRUMENT_ID.eq(instrumentId)).and(BAR_CHUNK.TIMEFRAME.eq(tf.code()))
                .fetchSingle();
        tx.mergeInto(SERIES_SPAN)
                .using(tx.selectOne())
                .on(SERIES_SPAN.INSTRUMENT_ID.eq(instrumentId).and(SERIES_SPAN.TIMEFRAME.eq(tf.code())))
                .whenMatchedThenUpdate()
                .set(SERIES_SPAN.FIRST_TIME, span.value1())
                .set(SERIES_SPAN.LAST_TIME, span.value2())
                .set(SERIES_SPAN.BAR_COUNT, span.value3().longValue())
                .whenNotMatchedThenInsert(SERIES_SPAN.INSTRUMENT_ID, SERIES_SPAN.TIMEFRAME, SERIES_SPAN.FIRST_TIME,
                        SERIES_SPAN.LAST_TIME, SERIES_SPAN.BAR_COUNT)
                .values(instrumentId, tf.code(), span.value1(), span.value2(), span.value3().longValue())
                .execute();
    }

    private static Query write(DSLContext tx, long instrumentId, Timeframe tf, LocalDate period, Chunk merged) {
        byte[] payload = BarChunkCodec.encode(merged, 0, merged.size());
        int n = merged.size();
        return tx.mergeInto(BAR_CHUNK)
                .using(tx.selectOne())
                .on(BAR_CHUNK.INSTRUMENT_ID.eq(instrumentId).and(BAR_CHUNK.TIMEFRAME.eq(tf.code()))
                        .and(BAR_CHUNK.PERIOD_START.eq(period)))
                .whenMatchedThenUpdate()
                .set(BAR_CHUNK.BAR_COUNT, n)
                .set(BAR_CHUNK.FIRST_TIME, merged.time()[0])
                .set(BAR_CHUNK.LAST_TIME, merged.time()[n - 1])
                .set(BAR_CHUNK.PAYLOAD, payload)
                .set(BAR_CHUNK.CHECKSUM, BarChunkCodec.checksum(payload))
                .whenNotMatchedThenInsert(BAR_CHUNK.INSTRUMENT_ID, BAR_CHUNK.TIMEFRAME, BAR_CHUNK.PERIOD_START,
                        BAR_CHUNK.BAR_COUNT, BAR_CHUNK.FIRST_TIME, BAR_CHUNK.LAST_TIME, BAR_CHUNK.PAYLOAD,
                        BAR_CHUNK.CHECKSUM)
                .values(instrumentId, tf.code(), period, n, merged.time()[0], merged.time()[n - 1], payload,
                        BarChunkCodec.checksum(payload));
    }
}
