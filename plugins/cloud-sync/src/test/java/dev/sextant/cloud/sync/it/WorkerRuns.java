package dev.sextant.cloud.sync.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The fault tests' client side: {@link SyncWorker} processes on one home, started again after each kill until one
 * finishes; {@link #kill()} is what the fault plan's KILL_CLIENT does (SIGKILL, mid-batch).
 */
final class WorkerRuns {

    private final AtomicReference<Process> current = new AtomicReference<>();
    private final AtomicInteger kills = new AtomicInteger();
    private int starts;

    /** Kills the running worker and waits for it to be gone. */
    void kill() {
        Process p = current.get();
        p.destroyForcibly();
        try {
            p.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        kills.incrementAndGet();
    }

    /**
     * Starts workers on {@code home} (logs in {@code logs}) until one exits 0; each must finish within {@code each}
     * and exit 0 or be killed by the test (137), and there are fewer than 20 starts.
     */
    void untilDone(Path home, Path tokenFile, Path logs, Duration each) throws Exception {
        while (true) {
            starts++;
            Path log = logs.resolve("worker-" + starts + ".log");
            Process p = start(home, tokenFile, log);
            current.set(p);
            assertThat(p.waitFor(each.toSeconds(), TimeUnit.SECONDS)).as("worker run %d finishes", starts).isTrue();
            if (p.exitValue() == 0) {
                return;
            }
            assertThat(p.exitValue()).as("worker run %d was killed by the test, not failed:%n%s", starts, Files.readString(log))
                    .isEqualTo(137);
            assertThat(starts).as("restarts").isLessThan(20);
        }
    }

    /** Ends a worker still running when the test ends early. */
    void stop() {
        Process p = current.get();
        if (p != null && p.isAlive()) {
            p.destroyForcibly();
        }
    }

    int kills() {
        return kills.get();
    }

    int starts() {
        return starts;
    }

    private static Process start(Path home, Path tokenFile, Path log) throws Exception {
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp", classpath,
                SyncWorker.class.getName(), home.toString(), tokenFile.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }
}
