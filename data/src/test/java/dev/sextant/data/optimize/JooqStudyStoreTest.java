package dev.sextant.data.optimize;

import dev.sextant.engine.optimize.StoredStudy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.db.Database;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyState;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialState;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Studies in a real H2 file: listed newest first with their trial counts, reopened with their definition and steps. */
class JooqStudyStoreTest {

    @TempDir
    Path home;

    static StudyRequest request(String name) {
        BacktestRequest base = BacktestRequest.builder("sma-cross", List.of("AAA", "BBB")).build();
        return StudyRequest.builder(name, base, ParamSpace.of(ParamSpec.ofInt("fast", 2, 20, 10, ""),
                ParamSpec.ofInt("slow", 30, 90, 50, ""))).trials(10).steps(Map.of("slow", 10.0)).build();
    }

    static Trial trial(int n, double objective) {
        return new Trial(n, Map.of("fast", 2 + n, "slow", 30), Map.of("sharpe", objective), null, objective, 5,
                TrialState.COMPLETE, null);
    }

    @Test
    void listsStudiesNewestFirstWithTheirTrialCountsAndKeepsTheirSteps() {
        try (Database db = Database.open(home)) {
            JooqStudyStore store = new JooqStudyStore(db.dsl());
            assertThat(store.list()).isEmpty();
            store.saveStudy(request("first"), StudyState.RUNNING);
            store.appendTrials("first", List.of(trial(0, 0.5), trial(1, 0.7)));
            store.saveStudy(request("first"), StudyState.COMPLETED);
            store.saveStudy(request("second"), StudyState.INTERRUPTED);
        }
        try (Database db = Database.open(home)) {
            JooqStudyStore store = new JooqStudyStore(db.dsl());
            List<StoredStudy> listed = store.list();
            assertThat(listed).extracting(StoredStudy::name).containsExactly("second", "first");
            assertThat(listed).extracting(StoredStudy::recordedTrials).containsExactly(0, 2);
            assertThat(listed).extracting(StoredStudy::state).containsExactly(StudyState.INTERRUPTED, StudyState.COMPLETED);
            StoredStudy first = store.find("first").orElseThrow();
            assertThat(first.recordedTrials()).isEqualTo(2);
            assertThat(first.toRequest(1)).isEqualTo(request("first"));
            assertThat(first.toRequest(1).steps()).containsExactly(Map.entry("slow", 10.0));
            assertThat(store.loadTrials("first")).extracting(Trial::objectiveValue).containsExactly(0.5, 0.7);
            assertThat(store.find("nope")).isEmpty();
        }
    }
}
