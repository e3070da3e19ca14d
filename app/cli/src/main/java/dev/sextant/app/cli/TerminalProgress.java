package dev.sextant.app.cli;

import dev.sextant.engine.job.ProgressSink;
import java.io.PrintStream;

/**
 * A one-line progress bar on stderr, redrawn in place at most ten times a second. Silent when
 * stderr is not a terminal, so logs and pipes stay clean.
 */
public final class TerminalProgress implements ProgressSink {

    private static final int WIDTH = 30;
    private final PrintStream err;
    private final boolean enabled;
    private final long started = System.nanoTime();
    private long lastDraw;

    TerminalProgress(PrintStream err, boolean enabled) {
        this.err = err;
        this.enabled = enabled;
    }

    public static TerminalProgress onStderr() {
        return new TerminalProgress(System.err, System.console() != null);
    }

    @Override
    public synchronized void progress(long done, long total, String message) {
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (done < total && now - lastDraw < 100_000_000L) {
            return;
        }
        lastDraw = now;
        int filled = total == 0 ? WIDTH : (int) (WIDTH * done / total);
        String name = message.length() > 40 ? "…" + message.substring(message.length() - 39) : message;
        err.printf("\r[%s%s] %3d%% %d/%d %5.1fs %-40s", "#".repeat(filled), " ".repeat(WIDTH - filled),
                total == 0 ? 100 : 100 * done / total, done, total, (now - started) / 1e9, name);
        if (done >= total) {
            err.print("\r" + " ".repeat(WIDTH + 60) + "\r");
        }
        err.flush();
    }
}
