package dev.sextant.data.walkforward;

import dev.sextant.engine.walkforward.SavedWalkForward;

import static dev.sextant.data.jooq.Tables.WALK_FORWARD_FOLD;
import static dev.sextant.data.jooq.Tables.WALK_FORWARD_RUN;

import dev.sextant.data.jooq.tables.records.WalkForwardRunRecord;
import dev.sextant.engine.EngineInfo;
import dev.sextant.engine.walkforward.FoldResult;
import dev.sextant.engine.walkforward.WalkForwardMaps;
import dev.sextant.engine.walkforward.WalkForwardRepository;
import dev.sextant.engine.walkforward.WalkForwardResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Walk-forward runs in H2: one {@code walk_forward_run} row (plan and summary as
 * {@link WalkForwardMaps} JSON, engine version, data fingerprint, seed, times) and one
 * {@code walk_forward_fold} row per fold, written in one transaction.
 */
public final class JooqWalkForwardRepository implements WalkForwardRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    private final DSLContext dsl;

    public JooqWalkForwardRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the run and its folds in one transaction; returns the run id. */
    public long save(String name, WalkForwardResult r, String dataFingerprint, Instant startedAt, Instant finishedAt) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = tx.insertInto(WALK_FORWARD_RUN)
                    .set(WALK_FORWARD_RUN.NAME, name)
                    .set(WALK_FORWARD_RUN.STRATEGY_ID, r.request().study().base().strategyId())
                    .set(WALK_FORWARD_RUN.PLAN_JSON, JSON.writeValueAsString(WalkForwardMaps.plan(r.request())))
                    .set(WALK_FORWARD_RUN.SUMMARY_JSON, JSON.writeValueAsString(WalkForwardMaps.summary(r)))
                    .set(WALK_FORWARD_RUN.ENGINE_VERSION, EngineInfo.VERSION)
                    .set(WALK_FORWARD_RUN.DATA_FINGERPRINT, dataFingerprint)
                    .set(WALK_FORWARD_RUN.SEED, r.request().study().seed())
                    .set(WALK_FORWARD_RUN.STARTED_AT, startedAt.atOffset(ZoneOffset.UTC))
                    .set(WALK_FORWARD_RUN.FINISHED_AT, finishedAt.atOffset(ZoneOffset.UTC))
                    .returning(WALK_FORWARD_RUN.ID)
                    .fetchOne(WALK_FORWARD_RUN.ID);
            for (FoldResult f : r.folds()) {
                tx.insertInto(WALK_FORWARD_FOLD)
                        .set(WALK_FORWARD_FOLD.RUN_ID, id)
                        .set(WALK_FORWARD_FOLD.FOLD_INDEX, f.fold().index())
                        .set(WALK_FORWARD_FOLD.IS_FROM, f.fold().isFrom())
                        .set(WALK_FORWARD_FOLD.IS_TO, f.fold().isTo())
                        .set(WALK_FORWARD_FOLD.OOS_FROM, f.fold().oosFrom())
                        .set(WALK_FORWARD_FOLD.OOS_TO, f.fold().oosTo())
                        .set(WALK_FORWARD_FOLD.BEST_PARAMS_JSON, JSON.writeValueAsString(f.params()))
                        .set(WALK_FORWARD_FOLD.IS_METRICS_JSON, JSON.writeValueAsString(f.isMetrics()))
                        .set(WALK_FORWARD_FOLD.OOS_METRICS_JSON, JSON.writeValueAsString(f.oosMetrics()))
                        .set(WALK_FORWARD_FOLD.DETAILS_JSON, JSON.writeValueAsString(WalkForwardMaps.foldDetails(f)))
                        .execute();
            }
            return id;
        });
    }

    /** Every stored run, newest first, without its folds. */
    public List<SavedWalkForward> list() {
        return dsl.selectFrom(WALK_FORWARD_RUN).orderBy(WALK_FORWARD_RUN.ID.desc()).fetch(row -> saved(row, List.of()));
    }

    public Optional<SavedWalkForward> find(long id) {
        WalkForwardRunRecord row = dsl.selectFrom(WALK_FORWARD_RUN).where(WALK_FORWARD_RUN.ID.eq(id)).fetchOne();
        if (row == null) {
            return Optional.empty();
        }
        List<SavedWalkForward.Fold> folds = dsl.selectFrom(WALK_FORWARD_FOLD).where(WALK_FORWARD_FOLD.RUN_ID.eq(id))
                .orderBy(WALK_FORWARD_FOLD.FOLD_INDEX).fetch(f -> WalkForwardMaps.fold(f.getFoldIndex(), f.getIsFrom(),
                        f.getIsTo(), f.getOosFrom(), f.getOosTo(), JSON.readValue(f.getBestParamsJson(), MAP),
                        JSON.readValue(f.getIsMetricsJson(), MAP), JSON.readValue(f.getOosMetricsJson(), MAP),
                        JSON.readValue(f.getDetailsJson(), MAP)));
        return Optional.of(saved(row, folds));
    }

    private static SavedWalkForward saved(WalkForwardRunRecord row, List<SavedWalkForward.Fold> folds) {
        return new SavedWalkForward(row.getId(), row.getName(), row.getStrategyId(), row.getEngineVersion(),
                row.getDataFingerprint(), row.getStartedAt().toInstant(), row.getFinishedAt().toInstant(),
                WalkForwardMaps.plan(JSON.readValue(row.getPlanJson(), MAP)),
                WalkForwardMaps.summary(JSON.readValue(row.getSummaryJson(), MAP)), folds);
    }
}
