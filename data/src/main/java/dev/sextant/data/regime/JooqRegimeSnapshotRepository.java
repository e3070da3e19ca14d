package dev.sextant.data.regime;

import static dev.sextant.data.jooq.Tables.REGIME_SNAPSHOT;

import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeFeature;
import dev.sextant.engine.regime.RegimeFeatures;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeSnapshot;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jooq.DSLContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Daily regime snapshots in H2 (table {@code regime_snapshot}), one row per date and model version
 * ({@link RegimeModel#VERSION}). {@code probabilities_json} is {@code {regime: p}};
 * {@code features_json} is {@code {inputs, breadth_members, features: {name: value}}} with the
 * feature values the day was scored on (null where undefined) and what the run was computed from.
 */
public final class JooqRegimeSnapshotRepository {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DSLContext dsl;

    public JooqRegimeSnapshotRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * In one transaction: deletes this model version's snapshots from the first to the last of
     * {@code days}, then inserts one per day. Saving the same span again replaces it.
     *
     * @param days ascending by date, each a date of {@code features}
     * @param inputs what the run was computed from (index, volatility index, universe, ...)
     * @return snapshots written
     */
    public int replace(List<RegimeSnapshot> days, RegimeFeatures features, Map<String, Object> inputs) {
        if (days.isEmpty()) {
            return 0;
        }
        LocalDate first = days.getFirst().date();
        LocalDate last = days.getLast().date();
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            tx.deleteFrom(REGIME_SNAPSHOT).where(REGIME_SNAPSHOT.MODEL_VERSION.eq(RegimeModel.VERSION))
                    .and(REGIME_SNAPSHOT.SNAPSHOT_DATE.between(first, last)).execute();
            var insert = tx.batch(tx.insertInto(REGIME_SNAPSHOT, REGIME_SNAPSHOT.SNAPSHOT_DATE, REGIME_SNAPSHOT.MODEL_VERSION,
                    REGIME_SNAPSHOT.REGIME, REGIME_SNAPSHOT.PROBABILITIES_JSON, REGIME_SNAPSHOT.FEATURES_JSON)
                    .values((LocalDate) null, null, null, null, null));
            for (RegimeSnapshot day : days) {
                insert.bind(day.date(), RegimeModel.VERSION, day.regime().label(),
                        JSON.writeValueAsString(probabilities(day)),
                        JSON.writeValueAsString(featureDocument(features, day.date(), inputs)));
            }
            insert.execute();
            return days.size();
        });
    }

    private static Map<String, Double> probabilities(RegimeSnapshot day) {
        Map<String, Double> m = new LinkedHashMap<>();
        for (MarketRegime r : MarketRegime.values()) {
            m.put(r.label(), day.probability(r));
        }
        return m;
    }

    private static Map<String, Object> featureDocument(RegimeFeatures features, LocalDate date, Map<String, Object> inputs) {
        int i = Arrays.binarySearch(features.time(), date.toEpochDay());
        if (i < 0) {
            throw new IllegalArgumentException("no features on " + date);
        }
        Map<String, Object> values = new LinkedHashMap<>();
        for (RegimeFeature f : RegimeFeature.values()) {
            double v = features.value(f, i);
            values.put(f.name().toLowerCase(Locale.ROOT), Double.isFinite(v) ? v : null);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inputs", inputs);
        m.put("breadth_members", features.breadthMembers()[i]);
        m.put("features", values);
        return m;
    }
}
