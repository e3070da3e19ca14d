package dev.sextant.data.signal;

import static dev.sextant.data.jooq.Tables.SIGNAL;

import dev.sextant.data.jooq.tables.records.SignalRecord;
import dev.sextant.data.outbox.OutboxWriter;
import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.scan.SavedScan;
import dev.sextant.engine.scan.SignalRepository;
import dev.sextant.engine.scan.SignalSaveReport;
import dev.sextant.engine.scan.SignalStatus;
import dev.sextant.engine.scan.StoredSignal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scanner signals in H2 (table {@code signal}), keyed by their stable id. {@code details_json}
 * holds the indicator values and the volume ratio. Undefined levels (NaN) are stored as null.
 * Each newly added signal is handed to the {@link OutboxWriter} inside the saving transaction.
 */
public final class JooqSignalRepository implements SignalRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> DETAILS = new TypeReference<>() {
    };

    private final DSLContext dsl;
    private final OutboxWriter outbox;

    public JooqSignalRepository(DSLContext dsl, OutboxWriter outbox) {
        this.dsl = dsl;
        this.outbox = outbox;
    }

    @Override
    public SignalSaveReport saveScan(List<Signal> signals, LocalDate scanDate, int expireDays) {
        if (expireDays < 1) {
            throw new IllegalArgumentException("expire days must be >= 1, got " + expireDays);
        }
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            int expired = tx.update(SIGNAL).set(SIGNAL.STATUS, SignalStatus.EXPIRED.code())
                    .where(SIGNAL.STATUS.eq(SignalStatus.ACTIVE.code())).and(SIGNAL.EXPIRES_ON.lt(scanDate))
                    .execute();
            int added = 0;
            for (Signal s : signals) {
                int inserted = tx.insertInto(SIGNAL)
                        .set(SIGNAL.ID, s.id())
                        .set(SIGNAL.STRATEGY_ID, s.strategyId())
                        .set(SIGNAL.SYMBOL, s.symbol())
                        .set(SIGNAL.SIGNAL_DATE, s.date())
                        .set(SIGNAL.DIRECTION, "long")
                        .set(SIGNAL.PRICE, s.price())
                        .set(SIGNAL.STOP_PRICE, orNull(s.stop()))
                        .set(SIGNAL.TARGET_PRICE, orNull(s.target()))
                        .set(SIGNAL.STRONG, s.strong())
                        .set(SIGNAL.RANK_SCORE, orNull(s.rankScore()))
                        .set(SIGNAL.DETAILS_JSON, JSON.writeValueAsString(details(s)))
                        .set(SIGNAL.STATUS, SignalStatus.ACTIVE.code())
                        .set(SIGNAL.EXPIRES_ON, s.date().plusDays(expireDays))
                        .onDuplicateKeyIgnore()
                        .execute();
                if (inserted == 1) {
                    outbox.signalSaved(tx, s.id());
                }
                added += inserted;
            }
            return new SignalSaveReport(added, signals.size() - added, expired);
        });
    }

    @Override
    public void markExecuted(String id) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            String status = tx.select(SIGNAL.STATUS).from(SIGNAL).where(SIGNAL.ID.eq(id)).fetchOne(SIGNAL.STATUS);
            if (status == null) {
                throw new IllegalArgumentException("no saved signal with id " + id);
            }
            if (!SignalStatus.ACTIVE.code().equals(status)) {
                throw new IllegalArgumentException("signal " + id + " is " + status + ", only active signals can be executed");
            }
            tx.update(SIGNAL).set(SIGNAL.STATUS, SignalStatus.EXECUTED.code()).where(SIGNAL.ID.eq(id)).execute();
        });
    }

    @Override
    public List<StoredSignal> list(SignalStatus status) {
        var query = dsl.selectFrom(SIGNAL);
        var filtered = status == null ? query : query.where(SIGNAL.STATUS.eq(status.code()));
        return filtered.orderBy(SIGNAL.SIGNAL_DATE.desc(), SIGNAL.SYMBOL, SIGNAL.STRATEGY_ID)
                .fetch(JooqSignalRepository::stored);
    }

    /** One saved scan: a strategy's signals of one date. */

    /** The saved scans, newest date first then strategy. */
    public List<SavedScan> scans() {
        var count = DSL.count();
        return dsl.select(SIGNAL.STRATEGY_ID, SIGNAL.SIGNAL_DATE, count).from(SIGNAL)
                .groupBy(SIGNAL.STRATEGY_ID, SIGNAL.SIGNAL_DATE)
                .orderBy(SIGNAL.SIGNAL_DATE.desc(), SIGNAL.STRATEGY_ID)
                .fetch(r -> new SavedScan(r.value1(), r.value2(), r.value3()));
    }

    /**
     * The signals a scan of {@code strategyId} on {@code date} saved, as the scanner found them
     * (indicator values and volume ratio from {@code details_json}), by rank score descending then symbol.
     */
    public List<Signal> signals(String strategyId, LocalDate date) {
        List<Signal> out = new ArrayList<>(dsl.selectFrom(SIGNAL).where(SIGNAL.STRATEGY_ID.eq(strategyId))
                .and(SIGNAL.SIGNAL_DATE.eq(date)).orderBy(SIGNAL.SYMBOL).fetch(JooqSignalRepository::signal));
        out.sort(Comparator.comparingDouble((Signal x) -> Double.isNaN(x.rankScore()) ? Double.POSITIVE_INFINITY : -x.rankScore())
                .thenComparing(Signal::symbol));
        return out;
    }

    private static Signal signal(SignalRecord r) {
        Map<String, Object> details = r.getDetailsJson() == null ? Map.of() : JSON.readValue(r.getDetailsJson(), DETAILS);
        Map<String, Double> indicators = new LinkedHashMap<>();
        details.forEach((k, v) -> {
            if (!k.equals("volume_ratio")) {
                indicators.put(k, v instanceof Number n ? n.doubleValue() : Double.NaN);
            }
        });
        double volumeRatio = details.get("volume_ratio") instanceof Number n ? n.doubleValue() : Double.NaN;
        return new Signal(r.getId(), r.getStrategyId(), r.getSymbol(), r.getSignalDate(), r.getPrice(),
                Collections.unmodifiableMap(indicators), volumeRatio, orNaN(r.getStopPrice()), orNaN(r.getTargetPrice()),
                r.getStrong(), orNaN(r.getRankScore()));
    }

    private static StoredSignal stored(SignalRecord r) {
        return new StoredSignal(r.getId(), r.getStrategyId(), r.getSymbol(), r.getSignalDate(), r.getPrice(),
                orNaN(r.getStopPrice()), orNaN(r.getTargetPrice()), r.getStrong(), orNaN(r.getRankScore()),
                SignalStatus.ofCode(r.getStatus()), r.getExpiresOn());
    }

    private static Map<String, Object> details(Signal s) {
        Map<String, Object> m = new LinkedHashMap<>();
        s.indicators().forEach((k, v) -> m.put(k, orNull(v)));
        m.put("volume_ratio", orNull(s.volumeRatio()));
        return m;
    }

    private static Double orNull(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static double orNaN(Double v) {
        return v == null ? Double.NaN : v;
    }
}
