package dev.sextant.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class StudyTest {

    static final StrategyCatalog CATALOG = StrategyCatalog.load();

    static List<PriceColumns> universe() {
        List<PriceColumns> u = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            u.add(TestBars.synthetic("S" + k, 700, 30 + 4 * k, 0.01 * (k - 2), 7 * k));
        }
        return u;
    }

    static final ParamSpace SPACE = ParamSpace.of(
            ParamSpec.ofInt("period", 10, 80, 40, ""),
            ParamSpec.ofFloat("threshold", 0.0, 0.05, 0.01, ""),
            ParamSpec.ofLogFloat("stopLoss", 0.02, 0.3, 0.08, ""),
            ParamSpec.ofChoice("maType", List.of("sma", "ema"), "sma", ""));

    static StudyRequest.Builder request(String name) {
        BacktestRequest base = BacktestRequest.builder("dwap-breakout",
                        universe().stream().map(PriceColumns::symbol).toList())
                .params(Map.of("minPrice", 0, "minVolume", 0)).maxPositions(3).build();
        ParamSpace space = ParamSpace.of(SPACE.params().get(0), SPACE.params().get(1), SPACE.params().get(2),
                ParamSpec.ofFloat("trailingStop", 0.0, 0.3, 0.1, ""));
        return StudyRequest.builder(name, base, space).trials(60).seed(42);
    }

    static StudyResult run(StudyRequest r, StudyStore store) {
        return new Study(CATALOG, new SignalCache(), universe(), store).run(r, ProgressSink.NONE, Cancellation.NEVER);
    }

    @Test
    void sameSeedGivesTheSameTrialsWithOneOrTwoThreads() {
        for (SamplerKind sampler : SamplerKind.values()) {
            StudyRequest.Builder b = request("s").sampler(sampler).pruning(PruningRule.DEFAULT).gridLevels(2);
            if (sampler == SamplerKind.GRID) {
                b.trials(16);
            }
            StudyResult one = run(b.threads(1).build(), new InMemoryStudyStore());
            StudyResult two = run(b.threads(2).build(), new InMemoryStudyStore());
            assertThat(comparable(two.trials())).as(sampler.label()).isEqualTo(comparable(one.trials()));
            assertThat(two.best().number()).isEqualTo(one.best().number());
            assertThat(one.trials()).extracting(Trial::number)
                    .containsExactlyElementsOf(java.util.stream.IntStream.range(0, one.trials().size()).boxed().toList());
        }
    }

    @Test
    void differentSeedsExploreDifferently() {
        StudyResult a = run(request("a").build(), new InMemoryStudyStore());
        StudyResult b = run(request("b").seed(7).build(), new InMemoryStudyStore());
        assertThat(comparable(a.trials())).isNotEqualTo(comparable(b.trials()));
    }

    @Test
    void everyTrialIsRecordedAndTheBestIsTheLargestCompleteObjective() {
        InMemoryStudyStore store = new InMemoryStudyStore();
        StudyResult r = run(request("rec").build(), store);
        assertThat(r.trials()).hasSize(60);
        assertThat(store.loadTrials("rec")).isEqualTo(r.trials());
        assertThat(store.state("rec")).isEqualTo(StudyState.COMPLETED);
        double max = r.trials().stream().filter(Trial::isComplete).mapToDouble(Trial::objectiveValue).max().orElseThrow();
        assertThat(r.best().objectiveValue()).isEqualTo(max);
        assertThat(r.bestParams()).containsEntry("minPrice", 0).containsKeys("period", "threshold", "stopLoss", "trailingStop");
        assertThat(r.importance()).containsOnlyKeys("period", "threshold", "stopLoss", "trailingStop");
        assertThat(r.importance().values()).allMatch(v -> v >= 0 && v <= 1);
        for (Trial t : r.trials()) {
            assertThat(t.durationMs()).isNotNegative();
            if (t.isComplete()) {
                assertThat(t.metrics()).containsKey("sharpe");
                assertThat(t.reason()).isNull();
            }
        }
    }

    @Test
    void constraintViolationsAreInfeasibleWithTheReason() {
        StudyResult r = run(request("c").trials(20).constraints(List.of(new TrialConstraint.MinTrades(1_000_000))).build(),
                new InMemoryStudyStore());
        assertThat(r.trials()).allSatisfy(t -> {
            assertThat(t.state()).isIn(TrialState.INFEASIBLE, TrialState.FAILED);
            assertThat(t.reason()).isNotBlank();
        });
        assertThat(r.trials().get(0).reason()).startsWith("trades ").endsWith("< min_trades 1000000");
        assertThat(r.best()).isNull();
    }

    @Test
    void pruningStopsTrialsBelowTheEarlierQuartileAfterTheReferenceFillsUp() {
        StudyResult r = run(request("p").sampler(SamplerKind.RANDOM).pruning(PruningRule.DEFAULT).build(),
                new InMemoryStudyStore());
        List<Trial> pruned = r.trials().stream().filter(t -> t.state() == TrialState.PRUNED).toList();
        assertThat(pruned).isNotEmpty();
        assertThat(pruned).allSatisfy(t -> {
            assertThat(t.number()).isGreaterThanOrEqualTo(RandomSampler.BATCH);
            assertThat(t.reason()).contains("below the 25th percentile");
            assertThat(t.objectiveValue()).isNull();
        });
        assertThat(r.trials()).allMatch(t -> t.intermediateValue() != null || t.state() != TrialState.COMPLETE
                || t.metrics().get("sharpe") != null);
    }

    @Test
    void gridIsExhaustiveWhenSmallAndRefusedWhenLargerThanTheBudget() {
        StudyResult r = run(request("g").sampler(SamplerKind.GRID).gridLevels(2).trials(100).build(), new InMemoryStudyStore());
        assertThat(r.trials()).hasSize(16);
        assertThat(r.trials()).extracting(t -> t.params().get("period")).containsOnly(10, 80);
        assertThatThrownBy(() -> run(request("g2").sampler(SamplerKind.GRID).gridLevels(5).trials(100).build(),
                new InMemoryStudyStore()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the grid has 625 points (period 5 × threshold 5 × stopLoss 5 × trailingStop 5)")
                .hasMessageContaining("trial budget is 100");
    }

    @Test
    void unknownOrWiderParamsAndUnknownMetricsAreRejected() {
        assertThatThrownBy(() -> Objective.maximize("sharp")).hasMessageContaining("unknown objective metric 'sharp'");
        StudyRequest wide = StudyRequest.builder("w", request("x").build().base(),
                ParamSpace.of(ParamSpec.ofInt("period", 1, 900, 20, ""))).build();
        assertThatThrownBy(() -> run(wide, new InMemoryStudyStore())).hasMessageContaining("is not inside the strategy's");
        StudyRequest unknown = StudyRequest.builder("u", request("x").build().base(), SPACE).build();
        assertThatThrownBy(() -> run(unknown, new InMemoryStudyStore())).hasMessageContaining("has no param 'maType'");
    }

    @Test
    void aCancelledStudyKeepsItsFinishedTrialsAndResumesToTheUninterruptedResult() {
        for (SamplerKind sampler : List.of(SamplerKind.GA, SamplerKind.RANDOM)) {
            StudyRequest r = request("resume").sampler(sampler).pruning(PruningRule.DEFAULT).threads(2).build();
            StudyResult uninterrupted = run(r, new InMemoryStudyStore());

            InMemoryStudyStore store = new InMemoryStudyStore();
            AtomicInteger reported = new AtomicInteger();
            Study study = new Study(CATALOG, new SignalCache(), universe(), store);
            assertThatThrownBy(() -> study.run(r, (done, total, msg) -> reported.set((int) done), () -> reported.get() >= 25))
                    .isInstanceOf(CancelledException.class);
            assertThat(store.state("resume")).isEqualTo(StudyState.INTERRUPTED);
            int kept = store.loadTrials("resume").size();
            assertThat(kept).isBetween(25, 59);

            StudyResult resumed = study.run(r, ProgressSink.NONE, Cancellation.NEVER);
            assertThat(resumed.evaluated()).isEqualTo(60 - kept);
            assertThat(comparable(resumed.trials())).as(sampler.label()).isEqualTo(comparable(uninterrupted.trials()));
            assertThat(resumed.bestParams()).isEqualTo(uninterrupted.bestParams());
            assertThat(store.state("resume")).isEqualTo(StudyState.COMPLETED);
        }
    }

    @Test
    void progressReportsEveryTrialWithAnEta() {
        List<String> messages = new ArrayList<>();
        new Study(CATALOG, new SignalCache(), universe(), new InMemoryStudyStore())
                .run(request("eta").trials(10).build(), (done, total, msg) -> messages.add(done + "/" + total + " " + msg),
                        Cancellation.NEVER);
        assertThat(messages).hasSize(10);
        assertThat(messages.get(9)).startsWith("10/10 trial ").contains("ETA 0 s").contains("best sharpe");
    }

    /** Trials without their wall-clock duration. */
    static List<String> comparable(List<Trial> trials) {
        return trials.stream().map(t -> t.number() + " " + t.params() + " " + t.state() + " " + t.objectiveValue() + " "
                + t.intermediateValue() + " " + t.metrics() + " " + t.reason()).toList();
    }
}
