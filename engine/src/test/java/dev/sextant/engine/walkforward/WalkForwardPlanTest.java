package dev.sextant.engine.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WalkForwardPlanTest {

    /** Weekdays from 2004-01-01 to 2016-12-31. */
    static long[] weekdays() {
        List<Long> days = new ArrayList<>();
        for (LocalDate d = LocalDate.of(2004, 1, 1); d.isBefore(LocalDate.of(2017, 1, 1)); d = d.plusDays(1)) {
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(d.toEpochDay());
            }
        }
        return days.stream().mapToLong(Long::longValue).toArray();
    }

    @Test
    void parsesLengths() {
        assertThat(WindowLength.parse("2y")).isEqualTo(new WindowLength(2, WindowLength.Unit.YEARS));
        assertThat(WindowLength.parse("6m")).isEqualTo(new WindowLength(6, WindowLength.Unit.MONTHS));
        assertThat(WindowLength.parse(" 30D ")).isEqualTo(new WindowLength(30, WindowLength.Unit.DAYS));
        assertThat(WindowLength.parse("250b")).isEqualTo(new WindowLength(250, WindowLength.Unit.BARS));
        assertThatThrownBy(() -> WindowLength.parse("2w")).hasMessageContaining("b (bars), d (days), m (months) or y (years)");
        assertThatThrownBy(() -> WindowLength.parse("xy")).hasMessageContaining("'x' is not a whole number");
        assertThatThrownBy(() -> WindowLength.parse("0b")).hasMessageContaining("must be positive");
    }

    @Test
    void rollingCalendarFoldsAreOrderedBackToBackAndDisjoint() {
        long[] cal = weekdays();
        List<Fold> folds = WalkForwardPlan.rolling("2y", "6m").folds(cal);
        assertThat(folds).hasSize(22);
        assertThat(folds.get(0).isFrom()).isEqualTo(LocalDate.of(2004, 1, 1));
        assertThat(folds.get(0).oosFrom()).isEqualTo(LocalDate.of(2006, 1, 2));
        assertThat(folds.get(1).oosFrom()).isEqualTo(LocalDate.of(2006, 7, 3));
        assertThat(folds.get(1).isFrom()).isEqualTo(LocalDate.of(2004, 7, 1));
        assertThat(folds.get(21).oosTo()).isEqualTo(LocalDate.of(2016, 12, 30));
        for (int k = 0; k < folds.size(); k++) {
            Fold f = folds.get(k);
            assertThat(f.index()).isEqualTo(k);
            assertThat(f.isEnd()).isEqualTo(f.oosStart());
            assertThat(f.isFrom()).isBefore(f.isTo());
            assertThat(f.isTo()).isBefore(f.oosFrom());
            if (k > 0) {
                assertThat(f.oosStart()).isEqualTo(folds.get(k - 1).oosEnd());
                assertThat(f.isStart()).isGreaterThan(folds.get(k - 1).isStart());
            }
        }
    }

    @Test
    void purgeAndEmbargoLeaveGapsAndAnchoredKeepsTheStart() {
        long[] cal = weekdays();
        WalkForwardPlan plan = new WalkForwardPlan(WindowLength.parse("500b"), WindowLength.parse("100b"),
                WindowLength.parse("120b"), true, 5, 3);
        List<Fold> folds = plan.folds(cal);
        for (int k = 0; k < folds.size(); k++) {
            Fold f = folds.get(k);
            assertThat(f.isStart()).isZero();
            assertThat(f.isEnd()).isEqualTo(500 + 120 * k - 5);
            assertThat(f.oosStart()).isEqualTo(500 + 120 * k + 3);
            assertThat(f.oosStart() - f.isEnd()).isEqualTo(8);
            assertThat(f.oosEnd() - f.oosStart()).isLessThanOrEqualTo(100);
            if (k > 0) {
                assertThat(f.oosStart()).isGreaterThanOrEqualTo(folds.get(k - 1).oosEnd() + 20);
            }
        }
        assertThat(folds.getLast().oosEnd()).isLessThanOrEqualTo(cal.length);
        assertThatThrownBy(() -> new WalkForwardPlan(WindowLength.parse("2y"), WindowLength.parse("6m"),
                WindowLength.parse("3m"), false, 0, 0)).hasMessageContaining("would overlap");
    }

    @Test
    void wfeIsGuardedForNonPositiveInSampleReturns() {
        assertThat(WalkForwardEfficiency.of(0.05, 0.10).value()).isEqualTo(0.5);
        assertThat(WalkForwardEfficiency.of(0.05, -0.10).value()).isNull();
        assertThat(WalkForwardEfficiency.of(0.05, -0.10).note()).isEqualTo("in-sample annualised return -0.1000 is not positive");
        assertThat(WalkForwardEfficiency.of(0.05, 0.0).value()).isNull();
    }
}
