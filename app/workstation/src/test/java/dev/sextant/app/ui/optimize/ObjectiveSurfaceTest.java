package dev.sextant.app.ui.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialState;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectiveSurfaceTest {

    private static Trial trial(int n, Object x, Object y, Double objective, TrialState state) {
        return new Trial(n, Map.of("x", x, "y", y), Map.of(), null, objective, 1, state, state == TrialState.COMPLETE ? null : "pruned");
    }

    @Test
    void fewDistinctValuesAreTheirOwnCellsWithTheMeanObjective() {
        List<Trial> trials = List.of(
                trial(0, 10, "a", 1.0, TrialState.COMPLETE),
                trial(1, 10, "a", 3.0, TrialState.COMPLETE),
                trial(2, 20, "b", 5.0, TrialState.COMPLETE),
                trial(3, 20, "a", null, TrialState.PRUNED));
        ObjectiveSurface s = ObjectiveSurface.of(trials, "x", "y");
        assertThat(s.xLabels()).containsExactly("10", "20");
        assertThat(s.yLabels()).containsExactly("a", "b");
        assertThat(s.mean()[0][0]).isEqualTo(2.0);
        assertThat(s.count()[0][0]).isEqualTo(2);
        assertThat(s.mean()[0][1]).isNaN();
        assertThat(s.mean()[1][1]).isEqualTo(5.0);
    }

    @Test
    void manyNumbersAreBinnedIntoEqualWidthBinsWithTheMaximumInTheLastBin() {
        List<Trial> trials = new ArrayList<>();
        for (int i = 0; i <= 12; i++) {
            trials.add(trial(i, (double) i, 1, (double) i, TrialState.COMPLETE));
        }
        ObjectiveSurface s = ObjectiveSurface.of(trials, "x", "y");
        assertThat(s.xLabels()).hasSize(ObjectiveSurface.MAX_BINS).first().isEqualTo("0–2");
        assertThat(s.count()[0]).containsExactly(2, 2, 2, 2, 2, 3);
        assertThat(s.mean()[0][5]).isEqualTo(11.0);
    }
}
