package dev.sextant.data.bars;

import static dev.sextant.data.jooq.Tables.BAR_CHUNK;
import static dev.sextant.data.jooq.Tables.SERIES_SPAN;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.val;

import dev.sextant.data.bars.BarChunkCodec.Chunk;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.imports.BarUpsert;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * Merges series into the stored bar chunks on one JDBC connection, inside the caller's transaction. Its three
 * statements are rendered by jOOQ once per process (so table and column names stay the generated ones) and prepared
 * once per writer: an import keeps one writer for all its files. Rendering and planning the per-file statements
 * again for every file was most of an import's single writer (#24).
 *
 * <p>A bar at a time already stored replaces it, other stored bars stay; chunks whose content does not change are not
 * written, so writing the same bars again changes nothing. The series' row of {@code series_span} is widened to the
 * bars written, its count raised by the new ones and its revision by one.
 */
public final class SeriesWriter implements AutoCloseable {

    private static final DSLContext RENDERER = DSL.using(SQLDialect.H2);

    /** Stored chunks of (instrument, timeframe) with a period in [?, ?]. */
    private static final String SELECT_CHUNKS = RENDERER.render(
            RENDERER.select(BAR_CHUNK.PERIOD_START, BAR_CHUNK.PAYLOAD).from(BAR_CHUNK)
                    .where(BAR_CHUNK.INSTRUMENT_ID.eq(0L)).and(BAR_CHUNK.TIMEFRAME.eq(""))
                    .and(BAR_CHUNK.PERIOD_START.between(LocalDate.EPOCH, LocalDate.EPOCH)));

    /** One chunk row, every column bound in table order. */
    private static final String MERGE_CHUNK = RENDERER.render(
            RENDERER.mergeInto(BAR_CHUNK, BAR_CHUNK.INSTRUMENT_ID, BAR_CHUNK.TIMEFRAME, BAR_CHUNK.PERIOD_START,
                            BAR_CHUNK.BAR_COUNT, BAR_CHUNK.FIRST_TIME, BAR_CHUNK.LAST_TIME, BAR_CHUNK.PAYLOAD,
                            BAR_CHUNK.CHECKSUM)
                    .key(BAR_CHUNK.INSTRUMENT_ID, BAR_CHUNK.TIMEFRAME, BAR_CHUNK.PERIOD_START)
                    .values((Long) null, null, null, null, null, null, null, null));

    /**
     * The span widened by (first, last), its count plus the new bars, its revision plus one. Each parameter is built
     * with a marker value standing for it, so that the order of the rendered {@code ?} is read back from jOOQ's bind
     * values rather than assumed.
     */
    private static final Map<Object, SpanValue> SPAN_MARKERS = Map.of(-1L, SpanValue.ID, "\u0000tf", SpanValue.TIMEFRAME,
            -2L, SpanValue.FIRST, -3L, SpanValue.LAST, -4L, SpanValue.ADDED);
    private static final Query SPAN_QUERY = RENDERER.mergeInto(SERIES_SPAN)
            .using(RENDERER.selectOne())
            .on(SERIES_SPAN.INSTRUMENT_ID.eq(val(-1L)).and(SERIES_SPAN.TIMEFRAME.eq(val("\u0000tf"))))
            .whenMatchedThenUpdate()
            .set(SERIES_SPAN.FIRST_TIME, least(SERIES_SPAN.FIRST_TIME, val(-2L)))
            .set(SERIES_SPAN.LAST_TIME, greatest(SERIES_SPAN.LAST_TIME, val(-3L)))
            .set(SERIES_SPAN.BAR_COUNT, SERIES_SPAN.BAR_COUNT.plus(val(-4L)))
            .set(SERIES_SPAN.REVISION, SERIES_SPAN.REVISION.plus(inline(1L)))
            .whenNotMatchedThenInsert(SERIES_SPAN.INSTRUMENT_ID, SERIES_SPAN.TIMEFRAME, SERIES_SPAN.FIRST_TIME,
                    SERIES_SPAN.LAST_TIME, SERIES_SPAN.BAR_COUNT)
            .values(val(-1L), val("\u0000tf"), val(-2L), val(-3L), val(-4L));
    private static final String MERGE_SPAN = RENDERER.render(SPAN_QUERY);
    /** What each {@code ?} of {@link #MERGE_SPAN} stands for, in order. */
    private static final List<SpanValue> SPAN_PARAMETERS = RENDERER.extractBindValues(SPAN_QUERY).stream()
            .map(SPAN_MARKERS::get).toList();

    private enum SpanValue { ID, TIMEFRAME, FIRST, LAST, ADDED }

    private final PreparedStatement selectChunks;
    private final PreparedStatement mergeChunk;
    private final PreparedStatement mergeSpan;

    public SeriesWriter(Connection connection) throws SQLException {
        selectChunks = connection.prepareStatement(SELECT_CHUNKS);
        mergeChunk = connection.prepareStatement(MERGE_CHUNK);
        mergeSpan = connection.prepareStatement(MERGE_SPAN);
    }

    /** Merges {@code bars} into the stored series of {@code instrumentId}; returns what was new, changed, the same. */
    public BarUpsert upsert(long instrumentId, PriceColumns bars) throws SQLException {
        Timeframe tf = bars.timeframe();
        if (!tf.isStorable()) {
            throw new IllegalArgumentException(tf.code() + " bars of " + bars.symbol()
                    + " are not stored: they are built from 1d bars when loaded");
        }
        if (bars.isEmpty()) {
            return new BarUpsert(bars.symbol(), tf.code(), 0, 0, 0);
        }
        long[] time = bars.time();
        Map<LocalDate, byte[]> stored = stored(instrumentId, tf,
                ChunkPeriod.of(tf, time[0]), ChunkPeriod.of(tf, time[bars.size() - 1]));
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        int written = 0;
        Chunk view = new Chunk(time, bars.open(), bars.high(), bars.low(), bars.close(), bars.adjClose(), bars.volume());
        for (int start = 0; start < bars.size(); ) {
            LocalDate period = ChunkPeriod.of(tf, time[start]);
            long next = ChunkPeriod.startOfNext(tf, period);
            int end = endOfChunk(time, start, next);
            byte[] storedChunk = stored.get(period);
            if (storedChunk == null) {
                added += end - start;
                addChunk(instrumentId, tf, period, view, start, end);
                written++;
            } else {
                ChunkMerge merge = ChunkMerge.of(storedChunk, bars, start, end);
                added += merge.added();
                changed += merge.changed();
                unchanged += merge.unchanged();
                if (merge.added() + merge.changed() > 0) {
                    addChunk(instrumentId, tf, period, merge.merged(), 0, merge.merged().size());
                    written++;
                }
            }
            start = end;
        }
        if (written > 0) {
            mergeChunk.executeBatch();
            bindSpan(instrumentId, tf, time[0], time[bars.size() - 1], added);
            mergeSpan.executeUpdate();
        }
        return new BarUpsert(bars.symbol(), tf.code(), added, changed, unchanged);
    }

    /**
     * The index after the last bar from {@code start} before {@code next}. A method of its own so that the JIT compiles
     * this per-bar loop alone: inside {@link #upsert} it made an on-stack compilation of the whole method with the JDBC
     * calls inlined, the largest compilation of an import (#24).
     */
    private static int endOfChunk(long[] time, int start, long next) {
        int end = start;
        while (end < time.length && time[end] < next) {
            end++;
        }
        return end;
    }

    private Map<LocalDate, byte[]> stored(long instrumentId, Timeframe tf, LocalDate first, LocalDate last)
            throws SQLException {
        selectChunks.setLong(1, instrumentId);
        selectChunks.setString(2, tf.code());
        selectChunks.setObject(3, first);
        selectChunks.setObject(4, last);
        Map<LocalDate, byte[]> stored = new HashMap<>();
        try (ResultSet rows = selectChunks.executeQuery()) {
            while (rows.next()) {
                stored.put(rows.getObject(1, LocalDate.class), rows.getBytes(2));
            }
        }
        return stored;
    }

    /** Adds the chunk of bars {@code [from, to)} of {@code bars} to the batch. */
    private void addChunk(long instrumentId, Timeframe tf, LocalDate period, Chunk bars, int from, int to)
            throws SQLException {
        byte[] payload = BarChunkCodec.encode(bars, from, to);
        mergeChunk.setLong(1, instrumentId);
        mergeChunk.setString(2, tf.code());
        mergeChunk.setObject(3, period);
        mergeChunk.setInt(4, to - from);
        mergeChunk.setLong(5, bars.time()[from]);
        mergeChunk.setLong(6, bars.time()[to - 1]);
        mergeChunk.setBytes(7, payload);
        mergeChunk.setLong(8, BarChunkCodec.checksum(payload));
        mergeChunk.addBatch();
    }

    private void bindSpan(long instrumentId, Timeframe tf, long first, long last, long added) throws SQLException {
        for (int i = 0; i < SPAN_PARAMETERS.size(); i++) {
            Object value = switch (SPAN_PARAMETERS.get(i)) {
                case ID -> instrumentId;
                case TIMEFRAME -> tf.code();
                case FIRST -> first;
                case LAST -> last;
                case ADDED -> added;
            };
            mergeSpan.setObject(i + 1, value);
        }
    }

    @Override
    public void close() throws SQLException {
        try (selectChunks; mergeChunk; mergeSpan) {
            // closes the three statements, the first failure reported with the others suppressed
        }
    }
}
