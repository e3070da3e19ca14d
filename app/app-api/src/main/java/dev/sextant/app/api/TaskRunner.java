package dev.sextant.app.api;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs long work off the UI thread with progress and cancellation. Callbacks run on the UI
 * thread. Exactly one of {@code onSuccess} / {@code onFailure} is called, unless the job is
 * cancelled before it produced a result, in which case neither is.
 */
public interface TaskRunner {

    /** The work of a job: reports progress and checks cancellation at safe points. */
    @FunctionalInterface
    interface Work<T> {
        T run(ProgressSink progress, Cancellation cancellation) throws Exception;
    }

    /** A submitted job: its progress (0..1, or negative while unknown), its latest message, and how to stop it. */
    interface Handle {
        void cancel();

        ReadOnlyDoubleProperty progress();

        ReadOnlyStringProperty message();
    }

    <T> Handle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure);
}
