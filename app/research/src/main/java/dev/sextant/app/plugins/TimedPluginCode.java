package dev.sextant.app.plugins;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Runs a user jar's start-up code (loading its classes, constructing and registering its plugins) on
 * a daemon thread of its own with a time limit, with the {@link LoadingMarker} written for as long as
 * it runs. A jar that does not finish in time is given up: its thread is interrupted and left behind
 * (Java cannot stop it), and nothing it returns later is used.
 */
final class TimedPluginCode {

    /** The jar did not finish {@code phase} within the time limit. */
    static final class TimedOut extends Exception {
        TimedOut(String message) {
            super(message);
        }
    }

    private final LoadingMarker marker;
    private final Duration limit;

    TimedPluginCode(LoadingMarker marker, Duration limit) {
        this.marker = marker;
        this.limit = limit;
    }

    <T> T run(PluginJarFile jar, String phase, Callable<T> work) throws TimedOut {
        marker.write(jar, phase);
        FutureTask<T> task = new FutureTask<>(work);
        Thread thread = Thread.ofPlatform().daemon().name("plugin " + jar.fileName() + ": " + phase).unstarted(task);
        thread.start();
        try {
            return task.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            task.cancel(true);
            throw new TimedOut("timed out after " + seconds(limit) + " while " + phase);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("plugin " + jar.fileName() + " failed while " + phase, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            task.cancel(true);
            throw new IllegalStateException("interrupted while waiting for plugin " + jar.fileName() + " (" + phase + ")", e);
        } finally {
            marker.clear();
        }
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }
}
