package dev.sextant.app.ui.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.research.RunOn;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.form.RunOnChoice;
import dev.sextant.engine.optimize.StoredStudy;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizeViewModelTest {

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

    private static OptimizeViewModel vm(DirectTaskRunner tasks) {
        // trials finish on the study's worker threads: hand them over one at a time, as the FX thread would
        return new OptimizeViewModel(services, new WorkspaceState(ctx.bars(), tasks), RunOnChoice.in(home), update -> {
            synchronized (OptimizeViewModelTest.class) {
                update.run();
            }
        });
    }

    @Test
    void badRangesStopTheStudyBeforeAnythingIsStored() {
        OptimizeViewModel vm = vm(new DirectTaskRunner());
        vm.choices().strategy().set("sma-cross");
        int before = services.optimizer().list().size();
        vm.ranges().rows().get(0).high().text().set("1");
        vm.run();
        assertThat(vm.status().get()).isEqualTo("Fix the fields marked in red first.");
        vm.ranges().rows().forEach(r -> r.searched().set(false));
        vm.run();
        assertThat(vm.status().get()).isEqualTo("Search at least one parameter.");
        assertThat(services.optimizer().list()).hasSize(before);
    }

    /**
     * The "Run on" choice reaches the optimizer: a bad master stops the study in the form; a valid local[2] master
     * (the Spark module said present) is handed to the optimizer, which connects before recording anything and here,
     * where the module is really absent, fails with how to build it.
     */
    @Test
    void theSparkChoiceIsCheckedInTheFormAndHandedToTheOptimizer() {
        OptimizeViewModel vm = new OptimizeViewModel(services, new WorkspaceState(ctx.bars(), new DirectTaskRunner()),
                new RunOnChoice(home, () -> true), Runnable::run);
        vm.choices().strategy().set("sma-cross");
        vm.choices().universe().set("sample-sectors");
        vm.trialCount().text().set("3");
        int before = services.optimizer().list().size();
        vm.runOn().cluster().set(true);
        vm.runOn().master().text().set("spark//node1");
        vm.run();
        assertThat(vm.status().get()).isEqualTo("Fix the fields marked in red first.");
        vm.runOn().master().text().set("local[2]");
        assertThat(vm.formValid()).isTrue();
        vm.run();
        assertThat(vm.status().get()).isEqualTo("Study failed: " + RunOn.MODULE_MISSING);
        assertThat(services.optimizer().list()).hasSize(before);
    }

    /**
     * A grid study over fast 5..20 step 5 and slow 60..100 step 20 tries exactly those 12 points; the
     * stored study reopens from the history with the same trials, best and importance, evaluating
     * nothing, and the form shows its ranges.
     */
    @Test
    void runsTheEditedRangesAndReopensTheStoredStudyWithoutRecomputing() {
        DirectTaskRunner tasks = new DirectTaskRunner();
        OptimizeViewModel vm = vm(tasks);
        vm.choices().strategy().set("sma-cross");
        vm.choices().universe().set("sample-sectors");
        SearchRanges.Row fast = vm.ranges().rows().get(0);
        SearchRanges.Row slow = vm.ranges().rows().get(1);
        fast.low().text().set("5");
        fast.high().text().set("20");
        fast.step().text().set("5");
        slow.low().text().set("60");
        slow.high().text().set("100");
        slow.step().text().set("20");
        vm.sampler().set("grid");
        vm.trialCount().text().set("12");
        vm.run();

        StudyResult r = vm.result().get();
        assertThat(r).as(vm.status().get()).isNotNull();
        assertThat(r.request().steps()).isEqualTo(Map.of("fast", 5.0, "slow", 20.0));
        assertThat(r.trials()).hasSize(12);
        assertThat(r.trials()).extracting(t -> t.params().get("fast")).containsOnly(5, 10, 15, 20);
        assertThat(r.trials()).extracting(t -> t.params().get("slow")).containsOnly(60, 80, 100);
        assertThat(r.trials().stream().map(Trial::params).distinct()).hasSize(12);
        String name = r.request().name();
        assertThat(vm.history()).first().extracting(StoredStudy::name).isEqualTo(name);
        assertThat(vm.history().getFirst().recordedTrials()).isEqualTo(12);

        int submitted = tasks.submitted();
        OptimizeViewModel reopened = vm(tasks); // a new panel shows the newest stored study
        assertThat(tasks.submitted()).isEqualTo(submitted + 3); // the stored universes and symbols, the risk policies, then the history
        StudyResult shown = reopened.result().get();
        assertThat(shown.evaluated()).isZero();
        assertThat(shown.trials()).isEqualTo(r.trials());
        assertThat(shown.best()).isEqualTo(r.best());
        assertThat(shown.importance()).isEqualTo(r.importance());
        assertThat(reopened.trials()).hasSize(12);
        assertThat(reopened.searchedNames()).containsExactly("fast", "slow");
        assertThat(reopened.status().get()).startsWith("Study " + name + " reopened as stored: 12 trial(s), nothing recomputed");
        assertThat(reopened.ranges().rows().get(0).step().value()).isEqualTo("5");
        assertThat(reopened.ranges().rows().get(1).low().value()).isEqualTo("60");
        assertThat(reopened.sampler().get()).isEqualTo("grid");
        assertThat(reopened.trialCount().value()).isEqualTo("12");
        assertThat(ctx.studies().loadTrials(name)).hasSize(12);

        reopened.open("no-such-study");
        assertThat(reopened.status().get()).isEqualTo("Study no-such-study not opened: no study named 'no-such-study'");
    }
}
