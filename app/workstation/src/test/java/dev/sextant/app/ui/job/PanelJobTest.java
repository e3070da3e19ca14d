package dev.sextant.app.ui.job;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.ui.SteppedTaskRunner;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One job at a time per panel: status, busy flag, bound progress, failure text and cancel. */
class PanelJobTest {

    @Test
    void aJobShowsItsStateWhileRunningAndHandsOverItsResult() {
        SteppedTaskRunner tasks = new SteppedTaskRunner();
        PanelJob job = new PanelJob(tasks);
        List<Integer> results = new ArrayList<>();
        job.start("Count", "Counting ...", (p, c) -> {
            p.progress(1, 4, "a quarter");
            return 42;
        }, results::add, "Count failed");
        assertThat(job.busy().get()).isTrue();
        assertThat(job.status().get()).isEqualTo("Counting ...");

        job.start("Other", "Other ...", (p, c) -> 0, results::add, "Other failed");
        assertThat(job.status().get()).as("a second job is refused while one runs").isEqualTo("Counting ...");

        List<Double> seen = new ArrayList<>();
        job.progress().addListener((obs, old, now) -> seen.add(now.doubleValue()));
        tasks.runAll();
        assertThat(seen).startsWith(0.25);
        assertThat(results).containsExactly(42);
        assertThat(job.busy().get()).isFalse();
        assertThat(job.progress().get()).isZero();
        assertThat(job.progress().isBound()).isFalse();
    }

    @Test
    void aFailureIsShownWithItsPrefixAndCancelSaysWhatHappened() {
        PanelJob failing = new PanelJob(new DirectTaskRunner());
        failing.start("Boom", "Running ...", (p, c) -> {
            throw new IllegalStateException("disk full");
        }, r -> { }, "Boom failed");
        assertThat(failing.status().get()).isEqualTo("Boom failed: disk full");
        assertThat(failing.busy().get()).isFalse();
        assertThat(failing.cancel("nothing to cancel")).isFalse();
        assertThat(failing.status().get()).isEqualTo("Boom failed: disk full");

        SteppedTaskRunner tasks = new SteppedTaskRunner();
        PanelJob job = new PanelJob(tasks);
        List<Object> results = new ArrayList<>();
        job.start("Slow", "Slow ...", (p, c) -> "done", results::add, "Slow failed");
        assertThat(job.cancel("Cancelled; nothing saved.")).isTrue();
        assertThat(job.busy().get()).isFalse();
        assertThat(job.status().get()).isEqualTo("Cancelled; nothing saved.");
        tasks.runAll();
        assertThat(results).as("a cancelled job's result is not handed over").isEmpty();
    }
}
