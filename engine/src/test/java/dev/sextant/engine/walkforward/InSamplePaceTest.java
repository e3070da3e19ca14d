package dev.sextant.engine.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class InSamplePaceTest {

    static long day(String iso) {
        return LocalDate.parse(iso).toEpochDay();
    }

    /**
     * Golden case by hand: fold 0 earns 10%/yr in-sample and runs 2020-01-01..2020-12-31 (366 days),
     * fold 1 stayed in cash, fold 2 earns -20%/yr from 2022-01-03 to 2022-01-04 (2 days).
     */
    @Test
    void growsEachFoldAtItsInSampleRateFromThePreviousFoldsEnd() {
        long[] time = {day("2020-01-01"), day("2020-07-01"), day("2020-12-31"), day("2021-03-01"), day("2021-06-30"),
                day("2022-01-03"), day("2022-01-04")};
        List<InSamplePace.Segment> folds = List.of(new InSamplePace.Segment(LocalDate.parse("2020-01-01"), 0.10),
                new InSamplePace.Segment(LocalDate.parse("2021-01-04"), null),
                new InSamplePace.Segment(LocalDate.parse("2022-01-03"), -0.20));
        double[] pace = InSamplePace.of(time, folds, 1000);

        double end0 = 1000 * Math.exp(Math.log(1.1) * 366 / 365.25);
        assertThat(pace[0]).isCloseTo(1000 * Math.exp(Math.log(1.1) / 365.25), within(1e-9));
        assertThat(pace[1]).isCloseTo(1000 * Math.exp(Math.log(1.1) * 183 / 365.25), within(1e-9));
        assertThat(pace[2]).isCloseTo(end0, within(1e-9)).isCloseTo(1100.2153, within(1e-4));
        assertThat(pace[3]).isEqualTo(pace[2]);
        assertThat(pace[4]).isEqualTo(pace[2]);
        assertThat(pace[5]).isCloseTo(end0 * Math.exp(Math.log(0.8) / 365.25), within(1e-9));
        assertThat(pace[6]).isCloseTo(end0 * Math.exp(Math.log(0.8) * 2 / 365.25), within(1e-9));
    }

    @Test
    void refusesDatesBeforeTheFirstFoldAndUnorderedFolds() {
        List<InSamplePace.Segment> folds = List.of(new InSamplePace.Segment(LocalDate.parse("2020-01-02"), 0.1));
        assertThatThrownBy(() -> InSamplePace.of(new long[] {day("2020-01-01")}, folds, 1))
                .hasMessage("2020-01-01 lies before the first fold (2020-01-02)");
        assertThatThrownBy(() -> InSamplePace.of(new long[0], List.of(folds.getFirst(), folds.getFirst()), 1))
                .hasMessage("fold 1 starts on 2020-01-02, not after fold 0 (2020-01-02)");
    }

    /** On a real run: one value per stitched date, and each fold's last value is its in-sample CAGR over its days. */
    @Test
    void followsAWalkForwardRunsFolds() {
        WalkForwardResult r = WalkForwardTest.run(WalkForwardTest.request(2), WalkForwardTest.universe());
        double[] pace = InSamplePace.of(r);
        assertThat(pace).hasSameSizeAs(r.oosEquity());
        double expected = r.request().study().base().capital();
        int i = 0;
        for (FoldResult f : r.folds()) {
            i += f.fold().oosEnd() - f.fold().oosStart();
            double days = f.fold().oosTo().toEpochDay() - f.fold().oosFrom().toEpochDay() + 1;
            expected *= Math.pow(1 + ((Number) f.isMetrics().get("cagr")).doubleValue(), days / 365.25);
            assertThat(pace[i - 1]).isCloseTo(expected, within(expected * 1e-12));
        }
    }
}
