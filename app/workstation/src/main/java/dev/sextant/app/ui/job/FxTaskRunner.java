package dev.sextant.app.ui.job;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.engine.job.CancelledException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;

/**
 * The workstation's one task runner: each job is a {@link Task} on a pool of daemon threads,
 * listed in {@link #running()} (for the status bar) while it runs. The engine's
 * {@code ProgressSink}/{@code Cancellation} are adapted to the task's progress and cancel flag;
 * this is the one place that hops back to the FX thread.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {

    private final ObservableList<Worker<?>> running = FXCollections.observableArrayList();
    private final ExecutorService pool;

    public FxTaskRunner() {
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "sextant-job-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** The jobs now running; changed on the FX thread only. */
    public ObservableList<Worker<?>> running() {
        return running;
    }

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<? super T> onSuccess,
                             Consumer<? super Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                updateTitle(title);
                return work.run((done, total, message) -> {
                    updateProgress(done, total);
                    updateMessage(message);
                }, this::isCancelled);
            }
        };
        task.setOnSucceeded(e -> {
            running.remove(task);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            running.remove(task);
            if (!(task.getException() instanceof CancelledException)) {
                onFailure.accept(task.getException());
            }
        });
        task.setOnCancelled(e -> running.remove(task));
        running.add(task);
        pool.execute(task);
        return new Handle() {
            @Override
            public void cancel() {
                task.cancel(true);
            }

            @Override
            public ReadOnlyDoubleProperty progress() {
                return task.progressProperty();
            }

            @Override
            public ReadOnlyStringProperty message() {
                return task.messageProperty();
            }
        };
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
