package dev.sextant.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The commands that {@code ./sextant} runs with the C1 compiler alone and the serial collector, as listed in
 * {@code quick-commands.txt} (ADR 0021), so that a benchmark's whole-process case starts them as the launcher does.
 */
final class QuickCommands {

    /** The JVM options the launcher adds for a quick command. */
    static final List<String> JVM_OPTIONS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final List<String> NAMES = read();

    private QuickCommands() {
    }

    /** The JVM options the launcher adds for {@code command}. */
    static List<String> jvmOptions(String command) {
        return NAMES.contains(command) ? JVM_OPTIONS : List.of();
    }

    /** The quick commands' names. */
    static List<String> names() {
        return NAMES;
    }

    private static List<String> read() {
        try (InputStream in = QuickCommands.class.getResourceAsStream("quick-commands.txt")) {
            if (in == null) {
                throw new IllegalStateException("quick-commands.txt is missing from the class path of " + QuickCommands.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read quick-commands.txt: " + e.getMessage(), e);
        }
    }
}
