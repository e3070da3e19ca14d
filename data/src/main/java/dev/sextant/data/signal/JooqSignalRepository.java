package dev.sextant.data.signal;

import static dev.sextant.data.jooq.Tables.SIGNAL;

import dev.sextant.data.jooq.tables.records.SignalRecord;
import dev.sextant.data.outbox.OutboxWriter;
import dev.sextant.engine.scan.Signal;
import dev.sextant.engine.scan.SignalRepository;
import dev.sextant.engine.scan.SignalSaveReport;
import dev.sextant.engine.scan.SignalStatus;
import dev.sextant.engine.scan.StoredSignal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Scanner signals in H2 (table {@code signal}), keyed by their stable id. {@code details_json}
 * holds the indicator values and the volume ratio. Undefined levels (NaN) are stored as null.
 * Each newly added signal is handed to the {@link OutboxWriter} inside the saving transaction.
 */
public final class JooqSignalRepository implements SignalRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;
    private final OutboxWriter outbox;

    /** A repository that queues nothing for sync. */
    public JooqSignalRepository(DSLContext dsl) {
        this(dsl, OutboxWriter.NONE);
    }

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
