package dev.sextant.app.ui;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.engine.job.CancelledException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

/**
 * A task runner for ViewModel tests that runs jobs only when told ({@link #runAll()}), on the
 * calling thread: a ViewModel has bound to a job's progress by then, so the test sees every
 * progress value the job reports, as the panel's progress bar would.
 */
public final class SteppedTaskRunner implements TaskRunner {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
        SimpleStringProperty message = new SimpleStringProperty("");
        boolean[] cancelled = {false};
        pending.add(() -> {
            T result;
            try {
                result = work.run((done, total, text) -> {
                    progress.set(total <= 0 || done < 0 ? -1 : (double) done / total);
                    message.set(text);
                }, () -> cancelled[0]);
            } catch (CancelledException e) {
                return;
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            if (!cancelled[0]) {
                onSuccess.accept(result);
            }
        });
        return new Handle() {
            @Override
            public void cancel() {
                cancelled[0] = true;
            }

            @Override
            public ReadOnlyDoubleProperty progress() {
                return progress;
            }

            @Override
            public ReadOnlyStringProperty message() {
                return message;
            }
        };
    }

    /** Runs the pending jobs, oldest first, including any they submit. */
    public void runAll() {
        while (!pending.isEmpty()) {
            pending.poll().run();
        }
    }

    /**
     * Splits progress values seen into runs that each rise from a fresh start (a job reports one run
     * per stage, e.g. loading then computing), leaving out the trailing reset to 0 after the job.
     */
    public static List<List<Double>> risingRuns(List<Double> seen) {
        List<List<Double>> runs = new ArrayList<>();
        List<Double> values = seen.isEmpty() || seen.getLast() != 0 ? seen : seen.subList(0, seen.size() - 1);
        for (double v : values) {
            if (runs.isEmpty() || v <= runs.getLast().getLast()) {
                runs.add(new ArrayList<>());
            }
            runs.getLast().add(v);
        }
        return runs;
    }
}
