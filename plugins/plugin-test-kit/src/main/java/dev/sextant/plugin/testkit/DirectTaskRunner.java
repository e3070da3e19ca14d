package dev.sextant.plugin.testkit;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.engine.job.CancelledException;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;

/** A task runner for tests: runs each job at once on the calling thread, so a ViewModel test sees the outcome when submit returns. */
public final class DirectTaskRunner implements TaskRunner {

    private int submitted;

    public int submitted() {
        return submitted;
    }

    @Override
    public <T> Handle submit(String title, Work<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onFailure) {
        submitted++;
        SimpleDoubleProperty progress = new SimpleDoubleProperty(-1);
        SimpleStringProperty message = new SimpleStringProperty("");
        T result;
        try {
            result = work.run((done, total, text) -> {
                progress.set(total == 0 ? -1 : (double) done / total);
                message.set(text);
            }, () -> false);
        } catch (CancelledException e) {
            return handle(progress, message);
        } catch (Exception e) {
            onFailure.accept(e);
            return handle(progress, message);
        }
        onSuccess.accept(result);
        return handle(progress, message);
    }

    private static Handle handle(SimpleDoubleProperty progress, SimpleStringProperty message) {
        return new Handle() {
            @Override
            public void cancel() {
                // already finished: nothing left to stop
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
}
