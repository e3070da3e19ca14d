package dev.sextant.data.optimize;

import dev.sextant.engine.optimize.StoredStudy;

import static dev.sextant.data.jooq.Tables.OPTIMIZER_STUDY;
import static dev.sextant.data.jooq.Tables.OPTIMIZER_TRIAL;

import dev.sextant.data.jooq.tables.records.OptimizerStudyRecord;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.StudyState;
import dev.sextant.engine.optimize.StudyRepository;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialState;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Optimizer studies in H2: one {@code optimizer_study} row per study name (definition as
 * {@link StudyRequestMap} JSON, state) and one {@code optimizer_trial} row per finished trial
 * (params and metrics as JSON, intermediate and final objective, duration, state, reason).
 * The study row is written before any trial, and each batch of finished trials (a GA generation) is appended in
 * one small transaction, one JDBC batch, so a process stopped at any moment leaves a study whose stored trials are
 * complete rows that a resumed run takes over (it evaluates the unfinished batch again).
 */
public final class JooqStudyStore implements StudyRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {
    };

    /** The columns of a trial row, in the order {@link #appendTrials} binds them. */
    private static final Field<?>[] TRIAL_COLUMNS = {OPTIMIZER_TRIAL.STUDY_ID, OPTIMIZER_TRIAL.TRIAL_NUMBER,
        OPTIMIZER_TRIAL.PARAMS_JSON, OPTIMIZER_TRIAL.METRICS_JSON, OPTIMIZER_TRIAL.INTERMEDIATE_VALUE,
        OPTIMIZER_TRIAL.OBJECTIVE_VALUE, OPTIMIZER_TRIAL.STATE, OPTIMIZER_TRIAL.DURATION_MS, OPTIMIZER_TRIAL.REASON};

    private final DSLContext dsl;

    public JooqStudyStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the study with its definition, or updates the state of the study of that name. */
    @Override
    public synchronized void saveStudy(StudyRequest request, StudyState state) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            int updated = tx.update(OPTIMIZER_STUDY).set(OPTIMIZER_STUDY.STATE, state.label())
                    .where(OPTIMIZER_STUDY.NAME.eq(request.name())).execute();
            if (updated == 0) {
                tx.insertInto(OPTIMIZER_STUDY)
                        .set(OPTIMIZER_STUDY.NAME, request.name())
                        .set(OPTIMIZER_STUDY.STRATEGY_ID, request.base().strategyId())
                        .set(OPTIMIZER_STUDY.SPACE_JSON, JSON.writeValueAsString(StudyRequestMap.space(request.space())))
                        .set(OPTIMIZER_STUDY.OBJECTIVE, request.objective().metric())
                        .set(OPTIMIZER_STUDY.DIRECTION, request.objective().direction().label())
                        .set(OPTIMIZER_STUDY.SAMPLER, request.sampler().label())
                        .set(OPTIMIZER_STUDY.SEED, request.seed())
                        .set(OPTIMIZER_STUDY.REQUEST_JSON, JSON.writeValueAsString(StudyRequestMap.of(request)))
                        .set(OPTIMIZER_STUDY.STATE, state.label())
                        .execute();
            }
        });
    }

    @Override
    public synchronized void appendTrials(String study, List<Trial> trials) {
        if (trials.isEmpty()) {
            return;
        }
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            long id = studyId(tx, study);
            Object[] unbound = new Object[TRIAL_COLUMNS.length];
            BatchBindStep batch = tx.batch(tx.insertInto(OPTIMIZER_TRIAL).columns(TRIAL_COLUMNS).values(unbound));
            for (Trial trial : trials) {
                batch.bind(id, trial.number(), JSON.writeValueAsString(trial.params()),
                        JSON.writeValueAsString(trial.metrics()), trial.intermediateValue(), trial.objectiveValue(),
                        trial.state().label(), trial.durationMs(), trial.reason());
            }
            batch.execute();
        });
    }

    @Override
    public synchronized List<Trial> loadTrials(String study) {
        return dsl.select(OPTIMIZER_TRIAL.fields()).from(OPTIMIZER_TRIAL).join(OPTIMIZER_STUDY)
                .on(OPTIMIZER_STUDY.ID.eq(OPTIMIZER_TRIAL.STUDY_ID))
                .where(OPTIMIZER_STUDY.NAME.eq(study))
                .orderBy(OPTIMIZER_TRIAL.TRIAL_NUMBER)
                .fetch(r -> new Trial(r.get(OPTIMIZER_TRIAL.TRIAL_NUMBER),
                        JSON.readValue(r.get(OPTIMIZER_TRIAL.PARAMS_JSON), MAP),
                        JSON.readValue(r.get(OPTIMIZER_TRIAL.METRICS_JSON), MAP),
                        r.get(OPTIMIZER_TRIAL.INTERMEDIATE_VALUE),
                        r.get(OPTIMIZER_TRIAL.OBJECTIVE_VALUE),
                        r.get(OPTIMIZER_TRIAL.DURATION_MS),
                        TrialState.parse(r.get(OPTIMIZER_TRIAL.STATE)),
                        r.get(OPTIMIZER_TRIAL.REASON)));
    }

    /** The study named {@code name}, or empty. */
    public synchronized Optional<StoredStudy> find(String name) {
        OptimizerStudyRecord row = dsl.selectFrom(OPTIMIZER_STUDY).where(OPTIMIZER_STUDY.NAME.eq(name)).fetchOne();
        return row == null ? Optional.empty() : Optional.of(stored(row, dsl.fetchCount(OPTIMIZER_TRIAL,
                OPTIMIZER_TRIAL.STUDY_ID.eq(row.getId()))));
    }

    /** Every stored study, newest first, with its count of recorded trials. */
    public synchronized List<StoredStudy> list() {
        Field<Integer> trials = DSL.selectCount().from(OPTIMIZER_TRIAL).where(OPTIMIZER_TRIAL.STUDY_ID.eq(OPTIMIZER_STUDY.ID))
                .asField("trials");
        return dsl.select(trials).select(OPTIMIZER_STUDY.fields()).from(OPTIMIZER_STUDY).orderBy(OPTIMIZER_STUDY.ID.desc())
                .fetch(r -> stored(r.into(OPTIMIZER_STUDY), r.get(trials)));
    }

    private static StoredStudy stored(OptimizerStudyRecord row, int trials) {
        return new StoredStudy(row.getId(), row.getName(), StudyState.parse(row.getState()),
                JSON.readValue(row.getRequestJson(), MAP), row.getCreatedAt().toInstant(), trials);
    }

    private static long studyId(DSLContext tx, String study) {
        Long id = tx.select(OPTIMIZER_STUDY.ID).from(OPTIMIZER_STUDY).where(OPTIMIZER_STUDY.NAME.eq(study))
                .fetchOne(OPTIMIZER_STUDY.ID);
        if (id == null) {
            throw new IllegalArgumentException("unknown study '" + study + "'");
        }
        return id;
    }
}
