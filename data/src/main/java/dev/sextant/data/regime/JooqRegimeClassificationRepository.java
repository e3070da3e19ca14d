package dev.sextant.data.regime;

import static dev.sextant.data.jooq.Tables.REGIME_CLASSIFICATION;

import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeClassificationKey;
import dev.sextant.engine.regime.RegimeClassificationRepository;
import java.nio.ByteBuffer;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;

/**
 * Stored classifications of an index into regimes in H2 (table {@code regime_classification}, migration V6), one
 * row per {@link RegimeClassificationKey}; a key without a volatility index is stored with {@code ''}. Column
 * {@code labels} packs each day, ascending, as 4 bytes epoch day (big-endian) and 1 byte regime code, the code being
 * the day's regime's position in {@link #CODES}.
 */
public final class JooqRegimeClassificationRepository implements RegimeClassificationRepository {

    /** Regime codes of the stored form: a code is a position in this list. Append only. */
    static final List<MarketRegime> CODES = List.of(MarketRegime.STRONG_BULL, MarketRegime.WEAK_BULL,
            MarketRegime.ROTATING_BULL, MarketRegime.RANGE_BOUND, MarketRegime.WEAK_BEAR, MarketRegime.PANIC_CRASH,
            MarketRegime.RECOVERY);

    private static final int DAY_BYTES = Integer.BYTES + 1;

    private final DSLContext dsl;

    public JooqRegimeClassificationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public Optional<SortedMap<LocalDate, MarketRegime>> load(RegimeClassificationKey key) {
        return dsl.select(REGIME_CLASSIFICATION.DAY_COUNT, REGIME_CLASSIFICATION.LABELS).from(REGIME_CLASSIFICATION)
                .where(is(key)).fetchOptional()
                .map(r -> Collections.unmodifiableSortedMap(unpack(r.value2(), r.value1())));
    }

    @Override
    public void save(RegimeClassificationKey key, SortedMap<LocalDate, MarketRegime> byDate) {
        byte[] packed = pack(byDate);
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(REGIME_CLASSIFICATION).where(is(key)).execute();
            tx.insertInto(REGIME_CLASSIFICATION)
                    .set(REGIME_CLASSIFICATION.INDEX_SYMBOL, key.index())
                    .set(REGIME_CLASSIFICATION.VOLATILITY_SYMBOL, volatility(key))
                    .set(REGIME_CLASSIFICATION.MODEL_VERSION, key.modelVersion())
                    .set(REGIME_CLASSIFICATION.DATA_FINGERPRINT, key.dataFingerprint())
                    .set(REGIME_CLASSIFICATION.DAY_COUNT, byDate.size())
                    .set(REGIME_CLASSIFICATION.FIRST_DAY, byDate.isEmpty() ? null : byDate.firstKey())
                    .set(REGIME_CLASSIFICATION.LAST_DAY, byDate.isEmpty() ? null : byDate.lastKey())
                    .set(REGIME_CLASSIFICATION.LABELS, packed)
                    .execute();
        });
    }

    private static Condition is(RegimeClassificationKey key) {
        return REGIME_CLASSIFICATION.INDEX_SYMBOL.eq(key.index())
                .and(REGIME_CLASSIFICATION.VOLATILITY_SYMBOL.eq(volatility(key)))
                .and(REGIME_CLASSIFICATION.MODEL_VERSION.eq(key.modelVersion()))
                .and(REGIME_CLASSIFICATION.DATA_FINGERPRINT.eq(key.dataFingerprint()));
    }

    private static String volatility(RegimeClassificationKey key) {
        return key.volatility() == null ? "" : key.volatility();
    }

    static byte[] pack(SortedMap<LocalDate, MarketRegime> byDate) {
        ByteBuffer buf = ByteBuffer.allocate(byDate.size() * DAY_BYTES);
        for (Map.Entry<LocalDate, MarketRegime> day : byDate.entrySet()) {
            buf.putInt(Math.toIntExact(day.getKey().toEpochDay()));
            int code = CODES.indexOf(day.getValue());
            if (code < 0) {
                throw new IllegalArgumentException("no stored code for regime " + day.getValue());
            }
            buf.put((byte) code);
        }
        return buf.array();
    }

    static SortedMap<LocalDate, MarketRegime> unpack(byte[] packed, int days) {
        if (packed.length != days * DAY_BYTES) {
            throw new IllegalStateException("stored regime classification holds " + packed.length + " bytes, not "
                    + days * DAY_BYTES + " for " + days + " days");
        }
        ByteBuffer buf = ByteBuffer.wrap(packed);
        SortedMap<LocalDate, MarketRegime> byDate = new TreeMap<>();
        for (int i = 0; i < days; i++) {
            LocalDate day = LocalDate.ofEpochDay(buf.getInt());
            int code = buf.get();
            if (code < 0 || code >= CODES.size()) {
                throw new IllegalStateException("unknown stored regime code " + code + " on " + day);
            }
            byDate.put(day, CODES.get(code));
        }
        return byDate;
    }
}
