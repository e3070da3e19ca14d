package dev.sextant.app.ui.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.app.ui.walkforward.StatVerdict.Level;
import dev.sextant.engine.walkforward.SavedWalkForward;
import org.junit.jupiter.api.Test;

/** The verdicts at and around each threshold, and the undefined case with its note. */
class StatVerdictTest {

    private static Level level(String name, double v) {
        return StatVerdict.of(name, new SavedWalkForward.Statistic(v, null)).level();
    }

    @Test
    void wfeHoldsUpFromOneHalfIsWeakAboveZeroAndFailsAtOrBelowZero() {
        assertThat(level("WFE", 0.5)).isEqualTo(Level.GOOD);
        assertThat(level("WFE", 0.499)).isEqualTo(Level.WARN);
        assertThat(level("WFE", 0.001)).isEqualTo(Level.WARN);
        assertThat(level("WFE", 0.0)).isEqualTo(Level.BAD);
        assertThat(level("WFE", -0.4)).isEqualTo(Level.BAD);
    }

    @Test
    void dsrEstablishesAnEdgeFrom95PercentAndCallsBelowOneHalfLuck() {
        assertThat(level("DSR", 0.95)).isEqualTo(Level.GOOD);
        assertThat(level("DSR", 0.949)).isEqualTo(Level.WARN);
        assertThat(level("DSR", 0.5)).isEqualTo(Level.WARN);
        assertThat(level("DSR", 0.499)).isEqualTo(Level.BAD);
    }

    @Test
    void pboIsSoundUpToAQuarterAndOverfittedAboveOneHalf() {
        assertThat(level("PBO", 0.25)).isEqualTo(Level.GOOD);
        assertThat(level("PBO", 0.2501)).isEqualTo(Level.WARN);
        assertThat(level("PBO", 0.5)).isEqualTo(Level.WARN);
        assertThat(level("PBO", 0.5001)).isEqualTo(Level.BAD);
    }

    @Test
    void theValueIsShownWithThreeDecimalsAndTheLevelNamesTheStyleClass() {
        StatVerdict v = StatVerdict.of("WFE", new SavedWalkForward.Statistic(0.51234, null));
        assertThat(v.value()).isEqualTo("0.512");
        assertThat(v.words()).isEqualTo("holds up out of sample");
        assertThat(v.styleClass()).isEqualTo("verdict-good");
    }

    @Test
    void anUndefinedStatisticShowsNotAvailableWithItsNote() {
        StatVerdict v = StatVerdict.of("PBO", new SavedWalkForward.Statistic(null, "needs at least 2 folds"));
        assertThat(v.level()).isEqualTo(Level.NONE);
        assertThat(v.value()).isEqualTo("n/a");
        assertThat(v.words()).isEqualTo("needs at least 2 folds");
        assertThat(StatVerdict.of("DSR", new SavedWalkForward.Statistic(Double.NaN, null)).level()).isEqualTo(Level.NONE);
        assertThat(StatVerdict.of("DSR", null).words()).isEqualTo("not computed");
    }

    @Test
    void anUnknownStatisticIsRejectedByName() {
        assertThatThrownBy(() -> StatVerdict.of("SQN", new SavedWalkForward.Statistic(1.0, null)))
                .hasMessageContaining("'SQN'").hasMessageContaining("WFE, DSR or PBO");
    }
}
