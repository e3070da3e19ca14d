package dev.sextant.data.run;

import static dev.sextant.data.jooq.Tables.BACKTEST_RUN;
import static dev.sextant.data.jooq.Tables.EQUITY_CURVE;
import static dev.sextant.data.jooq.Tables.EXECUTION;
import static dev.sextant.data.jooq.Tables.ROUND_TRIP;

import dev.sextant.data.jooq.tables.records.BacktestRunRecord;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.ConstraintReport;
import dev.sextant.engine.backtest.EquityCurve;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.Provenance;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.RunSummary;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.metrics.MetricSet;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.regime.split.RegimeSplitRepository;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Backtest runs in H2: one {@code backtest_run} row (request, metrics and provenance as JSON,
 * engine version, data fingerprint, seed), its executions and round trips as rows and its equity
 * curve packed ({@link EquityCurveCodec}), and its split by regime ({@link RegimeBreakdown#asMap()}
 * as JSON, when there is one), all written in one transaction.
 */
public final class JooqBacktestRunRepository implements RegimeSplitRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };
    private static final TypeReference<List<Map<String, Object>>> MAPS = new TypeReference<>() {
    };

    private final DSLContext dsl;

    public JooqBacktestRunRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long save(BacktestResult r, Instant startedAt, Instant finishedAt) {
        return save(r, null, startedAt, finishedAt);
    }

    /** Stores the run as {@link #save(BacktestResult, Instant, Instant)} does, with its split by regime (may be null). */
    public long save(BacktestResult r, RegimeBreakdown byRegime, Instant startedAt, Instant finishedAt) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = tx.insertInto(BACKTEST_RUN)
                    .set(BACKTEST_RUN.STRATEGY_ID, r.request().strategyId())
                    .set(BACKTEST_RUN.REQUEST_JSON, JSON.writeValueAsString(BacktestRequestMap.of(r.request())))
                    .set(BACKTEST_RUN.METRICS_JSON, JSON.writeValueAsString(r.metrics().asMap()))
                    .set(BACKTEST_RUN.PROVENANCE_JSON, JSON.writeValueAsString(r.provenance().asMap()))
                    .set(BACKTEST_RUN.ENGINE_VERSION, r.provenance().engineVersion())
                    .set(BACKTEST_RUN.PLUGIN_VERSIONS, r.provenance().strategyId() + "=" + r.provenance().strategyVersion())
                    .set(BACKTEST_RUN.DATA_FINGERPRINT, r.provenance().dataFingerprint())
                    .set(BACKTEST_RUN.SEED, r.provenance().seed())
                    .set(BACKTEST_RUN.STARTED_AT, startedAt.atOffset(ZoneOffset.UTC))
                    .set(BACKTEST_RUN.FINISHED_AT, finishedAt.atOffset(ZoneOffset.UTC))
                    .set(BACKTEST_RUN.BY_REGIME_JSON, byRegime == null ? null : JSON.writeValueAsString(byRegime.asMap()))
                    .set(BACKTEST_RUN.CONSTRAINTS_JSON, JSON.writeValueAsString(
                            r.constraints().stream().map(ConstraintReport::asMap).toList()))
                    .returning(BACKTEST_RUN.ID)
                    .fetchOne(BACKTEST_RUN.ID);
            new ColumnInsert<>(tx, EXECUTION, EXECUTION.RUN_ID, r.executions())
                    .column(EXECUTION.SEQ, (e, seq) -> seq)
                    .column(EXECUTION.SYMBOL, (e, seq) -> e.symbol())
                    .column(EXECUTION.BAR_TIME, (e, seq) -> e.time())
                    .column(EXECUTION.SIDE, (e, seq) -> e.side().name().toLowerCase(Locale.ROOT))
                    .column(EXECUTION.SHARES, (e, seq) -> e.shares())
                    .column(EXECUTION.PRICE, (e, seq) -> e.price())
                    .column(EXECUTION.COMMISSION, (e, seq) -> e.fee())
                    .column(EXECUTION.REASON, (e, seq) -> e.reason() == null ? null : e.reason().name())
                    .execute(id);
            new ColumnInsert<>(tx, ROUND_TRIP, ROUND_TRIP.RUN_ID, r.roundTrips())
                    .column(ROUND_TRIP.SEQ, (t, seq) -> seq)
                    .column(ROUND_TRIP.SYMBOL, (t, seq) -> t.symbol())
                    .column(ROUND_TRIP.ENTRY_TIME, (t, seq) -> t.entryTime())
                    .column(ROUND_TRIP.ENTRY_PRICE, (t, seq) -> t.entryPrice())
                    .column(ROUND_TRIP.EXIT_TIME, (t, seq) -> t.exitTime())
                    .column(ROUND_TRIP.EXIT_PRICE, (t, seq) -> t.exitPrice())
                    .column(ROUND_TRIP.SHARES, (t, seq) -> t.shares())
                    .column(ROUND_TRIP.PNL, (t, seq) -> t.pnl())
                    .column(ROUND_TRIP.EXIT_REASON, (t, seq) -> t.exitReason() == null ? null : t.exitReason().name())
                    .column(ROUND_TRIP.BARS_HELD, (t, seq) -> t.barsHeld())
                    .column(ROUND_TRIP.MAE, (t, seq) -> t.mae())
                    .column(ROUND_TRIP.MFE, (t, seq) -> t.mfe())
                    .column(ROUND_TRIP.RETURN_PCT, (t, seq) -> t.returnPct())
                    .execute(id);
            tx.insertInto(EQUITY_CURVE, EQUITY_CURVE.RUN_ID, EQUITY_CURVE.POINTS, EQUITY_CURVE.PAYLOAD)
                    .values(id, r.curve().size(), EquityCurveCodec.encode(r.curve()))
                    .execute();
            return id;
        });
    }

    @Override
    public List<RunSummary> list() {
        return dsl.selectFrom(BACKTEST_RUN).orderBy(BACKTEST_RUN.ID.desc()).fetch(row -> {
            MetricSet m = MetricSet.fromMap(JSON.readValue(row.getMetricsJson(), MAP));
            BacktestRequest request = BacktestRequestMap.parse(JSON.readValue(row.getRequestJson(), MAP));
            return new RunSummary(row.getId(), row.getStrategyId(), request.symbols().size(),
                    row.getFinishedAt().toInstant(), m.finalEquity(), m.totalReturn(), m.trades(),
                    row.getDataFingerprint());
        });
    }

    @Override
    public Optional<SavedRun> find(long id) {
        BacktestRunRecord row = dsl.selectFrom(BACKTEST_RUN).where(BACKTEST_RUN.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        BacktestRequest request = BacktestRequestMap.parse(JSON.readValue(row.getRequestJson(), MAP));
        MetricSet metrics = MetricSet.fromMap(JSON.readValue(row.getMetricsJson(), MAP));
        Provenance provenance = Provenance.fromMap(JSON.readValue(row.getProvenanceJson(), MAP));
        List<Execution> executions = dsl.selectFrom(EXECUTION).where(EXECUTION.RUN_ID.eq(id)).orderBy(EXECUTION.SEQ)
                .fetch(e -> new Execution(e.getSymbol(), e.getBarTime(),
                        Execution.Side.valueOf(e.getSide().toUpperCase(Locale.ROOT)), e.getShares(),
                        e.getPrice(), e.getCommission(), reason(e.getReason())));
        List<RoundTrip> trips = dsl.selectFrom(ROUND_TRIP).where(ROUND_TRIP.RUN_ID.eq(id)).orderBy(ROUND_TRIP.SEQ)
                .fetch(t -> new RoundTrip(t.getSymbol(), t.getEntryTime(), t.getEntryPrice(), t.getShares(),
                        t.getExitTime(), t.getExitPrice(), reason(t.getExitReason()), t.getPnl(), t.getReturnPct(),
                        t.getBarsHeld(), t.getMae(), t.getMfe()));
        EquityCurve curve = EquityCurveCodec.decode(dsl.select(EQUITY_CURVE.PAYLOAD).from(EQUITY_CURVE)
                .where(EQUITY_CURVE.RUN_ID.eq(id)).fetchSingle(EQUITY_CURVE.PAYLOAD));
        List<ConstraintReport> constraints = row.getConstraintsJson() == null ? List.of()
                : JSON.readValue(row.getConstraintsJson(), MAPS).stream().map(ConstraintReport::fromMap).toList();
        BacktestResult result = new BacktestResult(request, provenance, executions, trips, curve, metrics, constraints);
        return Optional.of(new SavedRun(id, row.getStartedAt().toInstant(), row.getFinishedAt().toInstant(), result));
    }

    /** The split by regime stored with run {@code id}; empty when the run or its split is not stored. */
    public Optional<RegimeBreakdown> byRegime(long id) {
        String json = dsl.select(BACKTEST_RUN.BY_REGIME_JSON).from(BACKTEST_RUN).where(BACKTEST_RUN.ID.eq(id))
                .fetchOne(BACKTEST_RUN.BY_REGIME_JSON);
        return Optional.ofNullable(json).map(text -> RegimeBreakdown.fromMap(JSON.readValue(text, MAP)));
    }

    private static ExitReason reason(String name) {
        return name == null ? null : ExitReason.valueOf(name);
    }
}
