package dev.sextant.app.cli;

import dev.sextant.app.research.bench.BenchCase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Times a Sextant command as a whole child process, started the way this process was (the same java,
 * JVM options and class path, so a launcher's start-up cache applies to it too) plus the compiler choice the launcher
 * makes for the command ({@link QuickCommands}), and samples its
 * peak resident set size from {@code /proc} while it runs (0 where there is no {@code /proc}).
 * The median of the runs is reported, and every run's time is listed.
 */
final class CommandProcessBench {

    private static final List<String> NOT_INHERITED = List.of("-XX:StartFlightRecording", "-XX:ArchiveClassesAtExit",
            "-XX:AOTCacheOutput", "-XX:AOTMode=record", "-agentlib", "-javaagent", "-Xlog");

    private CommandProcessBench() {
    }

    static BenchCase measure(String name, Path home, List<String> args, int runs) {
        double[] seconds = new double[runs];
        long peakRss = 0;
        for (int k = 0; k < runs; k++) {
            long[] rss = new long[1];
            seconds[k] = runOnce(home, args, rss);
            peakRss = Math.max(peakRss, rss[0]);
        }
        double[] sorted = seconds.clone();
        Arrays.sort(sorted);
        String each = Arrays.stream(seconds).mapToObj(s -> String.format(Locale.ROOT, "%.2f", s)).collect(Collectors.joining(", "));
        return new BenchCase(name, sorted[runs / 2] * 1e3, 0, "", 0, peakRss, "median of " + runs + " runs (" + each + " s)");
    }

    private static double runOnce(Path home, List<String> args, long[] peakRss) {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
                .filter(a -> NOT_INHERITED.stream().noneMatch(a::startsWith)).forEach(command::add);
        command.addAll(QuickCommands.jvmOptions(args.getFirst()));
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName(), "--home", home.toString()));
        command.addAll(args);
        try {
            Path errors = Files.createTempFile("sextant-bench-", ".err");
            try {
                long t0 = System.nanoTime();
                Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(errors.toFile()).start();
                Path status = Path.of("/proc", Long.toString(p.pid()), "status");
                while (!p.waitFor(10, java.util.concurrent.TimeUnit.MILLISECONDS)) {
                    peakRss[0] = Math.max(peakRss[0], highWaterMark(status));
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                if (p.exitValue() != 0) {
                    throw new IllegalStateException("sextant " + String.join(" ", args) + " exited with " + p.exitValue()
                            + ": " + Files.readString(errors).strip());
                }
                return seconds;
            } finally {
                Files.deleteIfExists(errors);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run sextant " + String.join(" ", args) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while timing sextant " + String.join(" ", args), e);
        }
    }

    /** VmHWM of a running process in bytes; 0 once it is gone or where /proc does not exist. */
    private static long highWaterMark(Path status) {
        try {
            for (String line : Files.readAllLines(status)) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
            return 0;
        } catch (IOException | UncheckedIOException e) {
            return 0; // the process exited between waitFor and the read, or this system has no /proc
        }
    }
}
