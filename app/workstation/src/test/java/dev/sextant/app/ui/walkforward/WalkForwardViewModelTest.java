package dev.sextant.app.ui.walkforward;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.research.RunOn;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.form.RunOnChoice;
import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WalkForwardViewModelTest {

    @TempDir
    static Path home;
    static AppContext ctx;
    static ResearchServices services;

    @BeforeAll
    static void open() {
        ctx = SeededHome.open(home);
        services = ctx.research();
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    private static WalkForwardViewModel vm(DirectTaskRunner tasks) {
        return new WalkForwardViewModel(services, new WorkspaceState(ctx.bars(), tasks), RunOnChoice.in(home));
    }

    @Test
    void purgeAndEmbargoAreCheckedNextToTheFields() {
        WalkForwardViewModel vm = vm(new DirectTaskRunner());
        vm.purge().text().set("-1");
        assertThat(vm.purge().error().get()).isEqualTo("0 or more bars");
        vm.embargo().text().set("2.5");
        assertThat(vm.embargo().error().get()).isEqualTo("not a whole number");
        assertThat(vm.formValid()).isFalse();
        int before = services.walkForwards().list().size();
        vm.start();
        assertThat(vm.status().get()).isEqualTo("Fix the fields marked in red first.");
        vm.purge().text().set("5");
        vm.embargo().text().set("3");
        assertThat(vm.purge().valid()).isTrue();
        assertThat(vm.embargo().valid()).isTrue();
        vm.step().text().set("1y");
        vm.outOfSample().text().set("2y");
        vm.start();
        assertThat(vm.status().get()).isEqualTo("Plan refused: step 1y is shorter than the out-of-sample window 2y:"
                + " out-of-sample windows would overlap.");
        assertThat(services.walkForwards().list()).hasSize(before);
    }

    /** The "Run on" choice reaches the walk-forward service, which connects first and here (no Spark module) fails saying how to build it. */
    @Test
    void theSparkChoiceIsHandedToTheWalkForwardService() {
        WalkForwardViewModel vm = new WalkForwardViewModel(services, new WorkspaceState(ctx.bars(), new DirectTaskRunner()),
                new RunOnChoice(home, () -> true));
        vm.choices().strategy().set("sma-cross");
        vm.choices().universe().set("sample-sectors");
        vm.trials().text().set("2");
        int before = services.walkForwards().list().size();
        vm.runOn().cluster().set(true);
        vm.runOn().master().text().set("yarn");
        assertThat(vm.runOn().dataRoot().error().get()).isEqualTo("master yarn needs a folder every executor can read (hdfs://… or s3a://…)");
        vm.start();
        assertThat(vm.status().get()).isEqualTo("Fix the fields marked in red first.");
        vm.runOn().master().text().set("local[2]");
        vm.start();
        assertThat(vm.status().get()).isEqualTo("Walk-forward failed: " + RunOn.MODULE_MISSING);
        assertThat(services.walkForwards().list()).hasSize(before);
    }

    /**
     * A run with purge 5 and embargo 3 keeps 8 trading days between every fold's in-sample end and its
     * out-of-sample start; the curves follow the saved equity and each fold's in-sample CAGR; reopening
     * it from the history shows the same saved run and fills the form with its plan.
     */
    @Test
    void runsWithPurgeAndEmbargoDrawsTheInSamplePaceAndReopensFromTheHistory() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        WalkForwardViewModel vm = vm(tasks);
        vm.choices().strategy().set("sma-cross");
        vm.choices().universe().set("sample-sectors");
        vm.inSample().text().set("3y");
        vm.outOfSample().text().set("3y");
        vm.purge().text().set("5");
        vm.embargo().text().set("3");
        vm.sampler().set("random");
        vm.trials().text().set("4");
        vm.seed().text().set("7");
        vm.start();

        SavedWalkForward run = vm.run().get();
        assertThat(run).as(vm.status().get()).isNotNull();
        assertThat(run.plan().purgeBars()).isEqualTo(5);
        assertThat(run.plan().embargoBars()).isEqualTo(3);
        assertThat(run.folds()).hasSizeGreaterThanOrEqualTo(2);
        List<Long> days = tradingDays();
        for (SavedWalkForward.Fold f : run.folds()) {
            long isTo = f.isTo().toEpochDay();
            long oosFrom = f.oosFrom().toEpochDay();
            assertThat(days.indexOf(oosFrom) - days.indexOf(isTo)).as("trading days from in-sample end to out-of-sample start")
                    .isEqualTo(1 + 5 + 3);
        }

        StitchedCurves curves = vm.curves().get();
        List<?> saved = run.summary().oosEquity();
        assertThat(curves.size()).isEqualTo(saved.size()).isPositive();
        assertThat(curves.outOfSample()[curves.size() - 1])
                .isEqualTo(run.folds().getLast().endCapital());
        double expected = run.folds().getFirst().startCapital();
        for (SavedWalkForward.Fold f : run.folds()) {
            Double cagr = f.isMetrics().get("cagr");
            long from = f.oosFrom().toEpochDay();
            long to = f.oosTo().toEpochDay();
            if (cagr != null) {
                expected *= Math.pow(1 + cagr, (to - from + 1) / 365.25);
            }
            int last = indexOf(curves.days(), to);
            assertThat(curves.inSamplePace()[last]).isCloseTo(expected, within(expected * 1e-9));
        }

        assertThat(vm.history()).first().extracting(SavedWalkForward::id).isEqualTo(run.id());
        int submitted = tasks.submitted();
        WalkForwardViewModel other = vm(tasks); // a new panel opens the newest saved run, where the user left off
        assertThat(tasks.submitted()).isEqualTo(submitted + 2); // the stored universes and symbols, then the history
        assertThat(other.run().get()).isEqualTo(run);
        other.purge().text().set("0");
        other.inSample().text().set("2y");
        other.open(run.id());
        assertThat(tasks.submitted()).isEqualTo(submitted + 3); // one more read: the reopened run
        assertThat(other.run().get()).isEqualTo(run);
        assertThat(other.curves().get().inSamplePace()).containsExactly(curves.inSamplePace());
        assertThat(other.status().get()).startsWith("Walk-forward " + run.id() + " (" + run.name() + ") reopened");
        assertThat(other.purge().value()).isEqualTo("5");
        assertThat(other.embargo().value()).isEqualTo("3");
        assertThat(other.inSample().value()).isEqualTo("3y");
        assertThat(other.step().value()).isEmpty();
        assertThat(other.trials().value()).isEqualTo("4");
        assertThat(other.seed().value()).isEqualTo("7");
        assertThat(other.sampler().get()).isEqualTo("random");
        assertThat(services.walkForwards().list()).hasSize(vm.history().size());

        other.open(987_654);
        assertThat(other.status().get()).isEqualTo("Walk-forward 987654 is not stored.");
    }

    /** Trading days of sample-sectors: the union of its symbols' daily bars. */
    private static List<Long> tradingDays() {
        return services.markets().load(MarketChoice.ofUniverse("sample-sectors"), ProgressSink.NONE, Cancellation.NEVER)
                .series().stream()
                .flatMapToLong(p -> java.util.Arrays.stream(p.time())).distinct().sorted().boxed().toList();
    }

    private static int indexOf(long[] days, long day) {
        for (int i = 0; i < days.length; i++) {
            if (days[i] == day) {
                return i;
            }
        }
        throw new AssertionError("no point on " + LocalDate.ofEpochDay(day));
    }
}
