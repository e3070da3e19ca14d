package dev.sextant.engine.walkforward;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.InMemoryStudyStore;
import dev.sextant.engine.optimize.PruningRule;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WalkForwardTest {

    static final StrategyCatalog CATALOG = StrategyCatalog.load();

    static List<PriceColumns> universe() {
        List<PriceColumns> u = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            u.add(TestBars.synthetic("S" + k, 1400, 40 + 5 * k, 0.004 * (k - 1), 11 * k));
        }
        return u;
    }

    static WalkForwardRequest request(int threads) {
        BacktestRequest base = BacktestRequest.builder("dwap-breakout", List.of("S0", "S1", "S2", "S3", "S4", "S5"))
                .params(Map.of("minPrice", 0, "minVolume", 0)).maxPositions(3).riskFreeRate(0.01).build();
        ParamSpace space = ParamSpace.of(
                ParamSpec.ofInt("period", 10, 60, 20, ""),
                ParamSpec.ofFloat("threshold", 0.0, 0.05, 0.01, ""),
                ParamSpec.ofFloat("stopLoss", 0.02, 0.2, 0.08, ""),
                ParamSpec.ofFloat("trailingStop", 0.02, 0.3, 0.1, ""));
        StudyRequest study = StudyRequest.builder("wf", base, space).trials(40).seed(5).threads(threads)
                .pruning(PruningRule.DEFAULT).build();
        return new WalkForwardRequest(study, WalkForwardPlan.rolling("300b", "150b"), 8, 8);
    }

    static WalkForwardResult run(WalkForwardRequest r, List<PriceColumns> bars) {
        return new WalkForward(CATALOG, new SignalCache(), bars, new InMemoryStudyStore()).run(r, ProgressSink.NONE,
                Cancellation.NEVER);
    }

    @Test
    void foldsCarryCapitalAndStitchTheOutOfSampleCurve() {
        WalkForwardResult r = run(request(2), universe());
        assertThat(r.folds().size()).isEqualTo(8);
        assertThat(r.folds().getLast().fold().oosEnd() - r.folds().getLast().fold().oosStart()).isEqualTo(50);
        assertThat(r.folds().get(0).startCapital()).isEqualTo(100_000);
        int points = 0;
        for (int k = 0; k < r.folds().size(); k++) {
            FoldResult f = r.folds().get(k);
            assertThat(f.trials()).isEqualTo(40);
            assertThat(f.params()).containsKeys("period", "threshold", "stopLoss", "trailingStop").containsEntry("minPrice", 0);
            assertThat(f.isMetrics()).containsKey("cagr");
            assertThat(f.oosMetrics().get("final_equity")).isEqualTo(f.endCapital());
            if (k > 0) {
                assertThat(f.startCapital()).isEqualTo(r.folds().get(k - 1).endCapital());
            }
            points += f.fold().oosEnd() - f.fold().oosStart();
        }
        assertThat(r.oosEquity()).hasSize(points).hasSameSizeAs(r.oosTime());
        for (int i = 1; i < r.oosTime().length; i++) {
            assertThat(r.oosTime()[i]).isGreaterThan(r.oosTime()[i - 1]);
        }
        assertThat(r.oosEquity()[r.oosEquity().length - 1]).isEqualTo(r.folds().getLast().endCapital());
        assertThat(r.totalTrials()).isEqualTo(8 * 40);
        assertThat(r.oosSharpe()).isNotNull();
        assertThat(r.oosSharpeTStat()).isCloseTo(r.oosSharpe() / Math.sqrt(252) * Math.sqrt(points),
                org.assertj.core.api.Assertions.within(1e-9));
        assertThat(r.dsr()).isNotNull();
        assertThat(r.dsr().trials()).isEqualTo(320);
        assertThat(r.dsr().probability()).isBetween(0.0, 1.0);
        assertThat(r.pbo()).isNotNull();
        assertThat(r.pbo().candidates()).isEqualTo(8);
        assertThat(r.pbo().combinations()).isEqualTo(70);
        assertThat(r.stability()).containsOnlyKeys("period", "threshold", "stopLoss", "trailingStop");
        assertThat(r.stability().get("period").folds()).isEqualTo(8);
        assertThat(r.stability().get("period").coefficientOfVariation()).isNotNull();
    }

    @Test
    void sameSeedSameResultWithOneOrTwoThreads() {
        WalkForwardResult one = run(request(1), universe());
        WalkForwardResult two = run(request(2), universe());
        assertThat(two.oosEquity()).containsExactly(one.oosEquity());
        assertThat(two.folds()).extracting(FoldResult::params).isEqualTo(one.folds().stream().map(FoldResult::params).toList());
        assertThat(two.pbo().pbo()).isEqualTo(one.pbo().pbo());
        assertThat(two.dsr()).isEqualTo(one.dsr());
    }

    /** Changing every bar after fold 2's out-of-sample end changes nothing of folds 0..2. */
    @Test
    void outOfSampleIsNeverInformedByItsOwnFuture() {
        List<PriceColumns> original = universe();
        WalkForwardResult before = run(request(2), original);
        Fold fold = before.folds().get(2).fold();
        long cut = fold.oosTo().toEpochDay();
        List<PriceColumns> changed = original.stream().map(p -> scrambleAfter(p, cut)).toList();
        WalkForwardResult after = run(request(2), changed);
        for (int k = 0; k <= 2; k++) {
            assertThat(after.folds().get(k).params()).isEqualTo(before.folds().get(k).params());
            assertThat(after.folds().get(k).oosTrips()).isEqualTo(before.folds().get(k).oosTrips());
            assertThat(after.folds().get(k).endCapital()).isEqualTo(before.folds().get(k).endCapital());
        }
        assertThat(after.oosEquity()).isNotEqualTo(before.oosEquity());
    }

    /**
     * Scrambling the bars of fold 2's purged gap (after its in-sample end, before its out-of-sample
     * start) changes nothing any fold up to 2 chose or measured in-sample; without the purge the same
     * bars belong to fold 2's in-sample window and its in-sample metrics change.
     */
    @Test
    void foldsNeverUseThePurgedGap() {
        WalkForwardRequest plain = request(2);
        WalkForwardRequest purged = new WalkForwardRequest(plain.study(),
                new WalkForwardPlan(WindowLength.parse("300b"), WindowLength.parse("150b"), null, false, 20, 5), 8, 8);
        List<PriceColumns> original = universe();
        WalkForwardResult before = run(purged, original);
        Fold fold = before.folds().get(2).fold();
        long[] calendar = original.getFirst().time();
        assertThat(fold.oosStart() - fold.isEnd()).isEqualTo(25);
        long gapFrom = calendar[fold.isEnd()];
        long gapTo = calendar[fold.oosStart() - 5 - 1];
        assertThat(gapFrom).isGreaterThan(fold.isTo().toEpochDay());
        List<PriceColumns> changed = original.stream().map(p -> scrambleBetween(p, gapFrom, gapTo)).toList();

        WalkForwardResult after = run(purged, changed);
        for (int k = 0; k <= 2; k++) {
            assertThat(after.folds().get(k).params()).isEqualTo(before.folds().get(k).params());
            assertThat(after.folds().get(k).isMetrics()).isEqualTo(before.folds().get(k).isMetrics());
        }
        WalkForwardResult unpurgedBefore = run(plain, original);
        WalkForwardResult unpurgedAfter = run(plain, changed);
        assertThat(unpurgedAfter.folds().get(2).fold().isTo().toEpochDay()).isGreaterThanOrEqualTo(gapTo);
        assertThat(unpurgedAfter.folds().get(2).isMetrics()).isNotEqualTo(unpurgedBefore.folds().get(2).isMetrics());
    }

    private static PriceColumns scrambleAfter(PriceColumns p, long day) {
        return scrambleBetween(p, day + 1, Long.MAX_VALUE);
    }

    private static PriceColumns scrambleBetween(PriceColumns p, long fromDay, long toDay) {
        double[] o = p.open().clone();
        double[] h = p.high().clone();
        double[] l = p.low().clone();
        double[] c = p.close().clone();
        double[] v = p.volume().clone();
        for (int i = 0; i < p.size(); i++) {
            if (p.time()[i] >= fromDay && p.time()[i] <= toDay) {
                double f = 1.3 + 0.2 * Math.sin(i * 0.37);
                o[i] *= f;
                h[i] *= f * 1.01;
                l[i] *= f * 0.99;
                c[i] *= f;
                v[i] *= 2;
            }
        }
        return new PriceColumns(p.symbol(), p.timeframe(), p.time(), o, h, l, c, c.clone(), v);
    }
}
