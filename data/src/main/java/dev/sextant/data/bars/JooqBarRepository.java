package dev.sextant.data.bars;

import dev.sextant.engine.market.imports.BarUpsert;

import static dev.sextant.data.jooq.Tables.BAR_CHUNK;
import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static dev.sextant.data.jooq.Tables.SERIES_SPAN;

import dev.sextant.engine.cache.BoundedCache;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
            try (ChunkReader chunks = new ChunkReader(connection, timeframe)) {
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
     * Merges {@code bars} into the stored series of {@code instrumentId} inside the caller's transaction (see
     * {@link SeriesWriter}); an import writes through one {@link SeriesWriter} for all its files instead.
     */
    public BarUpsert upsert(DSLContext tx, long instrumentId, PriceColumns bars) {
        return tx.connectionResult(c -> {
            try (SeriesWriter writer = new SeriesWriter(c)) {
                return writer.upsert(instrumentId, bars);
            }
        });
    }
}
