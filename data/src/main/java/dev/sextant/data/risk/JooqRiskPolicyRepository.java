package dev.sextant.data.risk;

import static dev.sextant.data.jooq.Tables.RISK_POLICY;

import dev.sextant.data.jooq.tables.records.RiskPolicyRecord;
import dev.sextant.engine.rules.RiskPolicy;
import dev.sextant.engine.rules.RiskPolicyRepository;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;

/** Risk policies in H2 (table {@code risk_policy}, migration V10); an unset limit is NULL. */
public final class JooqRiskPolicyRepository implements RiskPolicyRepository {

    private final DSLContext dsl;

    public JooqRiskPolicyRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public List<RiskPolicy> list() {
        return dsl.selectFrom(RISK_POLICY).orderBy(RISK_POLICY.NAME).fetch(JooqRiskPolicyRepository::policy);
    }

    @Override
    public Optional<RiskPolicy> find(String name) {
        return dsl.selectFrom(RISK_POLICY).where(RISK_POLICY.NAME.eq(name)).fetchOptional(JooqRiskPolicyRepository::policy);
    }

    @Override
    public void create(RiskPolicy p) {
        dsl.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            if (tx.fetchExists(RISK_POLICY, RISK_POLICY.NAME.eq(p.name()))) {
                throw new IllegalArgumentException("risk policy '" + p.name() + "' already exists");
            }
            tx.insertInto(RISK_POLICY)
                    .set(RISK_POLICY.NAME, p.name())
                    .set(RISK_POLICY.MAX_GROSS_EXPOSURE, value(p.maxGrossExposure()))
                    .set(RISK_POLICY.MAX_POSITION_WEIGHT, value(p.maxPositionWeight()))
                    .set(RISK_POLICY.MAX_SECTOR_WEIGHT, value(p.maxSectorWeight()))
                    .set(RISK_POLICY.MAX_NEW_PER_DAY, p.maxNewPerDay() == 0 ? null : p.maxNewPerDay())
                    .set(RISK_POLICY.DAILY_LOSS_STOP, value(p.dailyLossStop()))
                    .set(RISK_POLICY.DRAWDOWN_STOP, value(p.drawdownStop()))
                    .execute();
        });
    }

    @Override
    public void delete(String name) {
        if (dsl.deleteFrom(RISK_POLICY).where(RISK_POLICY.NAME.eq(name)).execute() == 0) {
            throw new IllegalArgumentException("no risk policy named '" + name + "'");
        }
    }

    private static Double value(double limit) {
        return RiskPolicy.on(limit) ? limit : null;
    }

    private static double limit(Double v) {
        return v == null ? Double.NaN : v;
    }

    private static RiskPolicy policy(RiskPolicyRecord r) {
        return new RiskPolicy(r.getName(), limit(r.getMaxGrossExposure()), limit(r.getMaxPositionWeight()),
                limit(r.getMaxSectorWeight()), r.getMaxNewPerDay() == null ? 0 : r.getMaxNewPerDay(),
                limit(r.getDailyLossStop()), limit(r.getDrawdownStop()));
    }
}
