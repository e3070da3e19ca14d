package dev.sextant.app.plugins;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A file written just before a user jar's code runs at start (loading or registering) and deleted
 * just after. Java cannot stop plugin code from calling {@code System.exit} or crashing the JVM, but
 * a marker still present at the next start names the jar that took the process down.
 *
 * <p>Format: four lines, the jar's file name, its SHA-256, what was being done and when it began.
 */
final class LoadingMarker {

    /** What a marker left by an earlier process says. */
    record Leftover(String jarFileName, String sha256, String phase, String startedAt) {
    }

    private final Path file;

    LoadingMarker(Path file) {
        this.file = file;
    }

    void write(PluginJarFile jar, String phase) {
        String text = String.join("\n", jar.fileName(), jar.sha256(), phase, Instant.now().toString()) + "\n";
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the plugin loading marker " + file + ": " + e.getMessage(), e);
        }
    }

    void clear() {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the plugin loading marker " + file + ": " + e.getMessage(), e);
        }
    }

    /** The marker an earlier process left behind because it ended while plugin code ran, if any. */
    Optional<Leftover> leftover() {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                throw new IllegalStateException("the plugin loading marker " + file + " has " + lines.size()
                        + " line(s), expected 4 (jar, sha256, phase, time); delete it to go on");
            }
            return Optional.of(new Leftover(lines.get(0), lines.get(1), lines.get(2), lines.get(3)));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plugin loading marker " + file + ": " + e.getMessage(), e);
        }
    }
}
