package dev.sextant.data.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.engine.rules.RiskPolicy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Risk policies in a real H2 file: unset limits stay unset, names are unique, a restart keeps them. */
class JooqRiskPolicyRepositoryTest {

    @TempDir
    Path home;

    @Test
    void policiesSurviveARestartWithTheirUnsetLimits() {
        RiskPolicy calm = new RiskPolicy("calm", 0.9, 0.1, Double.NaN, 2, Double.NaN, 0.2);
        RiskPolicy tight = new RiskPolicy("tight", Double.NaN, Double.NaN, 0.25, 0, 0.03, Double.NaN);
        try (Database db = Database.open(home)) {
            JooqRiskPolicyRepository repo = new JooqRiskPolicyRepository(db.dsl());
            repo.create(tight);
            repo.create(calm);
            assertThatThrownBy(() -> repo.create(calm)).hasMessage("risk policy 'calm' already exists");
        }
        try (Database db = Database.open(home)) {
            JooqRiskPolicyRepository repo = new JooqRiskPolicyRepository(db.dsl());
            assertThat(repo.list()).containsExactly(calm, tight);
            repo.delete("calm");
            assertThat(repo.find("calm")).isEmpty();
            assertThat(repo.find("tight")).hasValue(tight);
            assertThatThrownBy(() -> repo.delete("calm")).hasMessage("no risk policy named 'calm'");
        }
    }
}
