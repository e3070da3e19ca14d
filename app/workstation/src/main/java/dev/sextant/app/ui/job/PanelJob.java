package dev.sextant.app.ui.job;

import dev.sextant.app.api.TaskRunner;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The one job a panel runs at a time and what the panel shows of it: a status line, a busy flag and
 * the job's progress. A panel's ViewModel starts its long work here, through the task runner.
 */
public final class PanelJob {

    private final TaskRunner tasks;
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final DoubleProperty progress = new SimpleDoubleProperty(this, "progress");
    private TaskRunner.Handle handle;

    public PanelJob(TaskRunner tasks) {
        this.tasks = tasks;
    }

    /**
     * Starts {@code work} as the panel's job, showing {@code running}; when it succeeds {@code done}
     * gets the result, when it fails the status says {@code failure + ": " + the error}. Does nothing
     * while another job of the panel runs.
     */
    public <T> void start(String title, String running, TaskRunner.Work<T> work, Consumer<? super T> done, String failure) {
        start(title, running, work, done, error -> status.set(failure + ": " + error.getMessage()));
    }

    /** As {@link #start(String, String, TaskRunner.Work, Consumer, String)}, with {@code failed} handling a failure. */
    public <T> void start(String title, String running, TaskRunner.Work<T> work, Consumer<? super T> done,
            Consumer<? super Throwable> failed) {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        status.set(running);
        TaskRunner.Handle started = tasks.submit(title, work, result -> {
            finish();
            done.accept(result);
        }, error -> {
            finish();
            failed.accept(error);
        });
        if (busy.get()) { // a runner that ran the work at once has finished it already
            handle = started;
            progress.bind(started.progress());
        }
    }

    /** Cancels the running job, if there is one, and says {@code message}; returns whether one was running. */
    public boolean cancel(String message) {
        if (handle == null) {
            return false;
        }
        handle.cancel();
        finish();
        status.set(message);
        return true;
    }

    private void finish() {
        progress.unbind();
        progress.set(0);
        busy.set(false);
        handle = null;
    }

    public StringProperty status() {
        return status;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    public DoubleProperty progress() {
        return progress;
    }
}
