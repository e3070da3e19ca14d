package dev.sextant.app.ui;

import dev.sextant.engine.job.ProgressSink;
import dev.sextant.app.AppContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A home with the sample market, seeded once per test run and copied for each test (seeding takes seconds). */
public final class SeededHome {

    private static Path template;

    private SeededHome() {
    }

    public static synchronized AppContext open(Path dir) {
        try {
            if (template == null) {
                template = Files.createTempDirectory("sextant-ui-template");
                AppContext.open(template, true, new PrintWriter(new StringWriter()), ProgressSink.NONE).close();
            }
            try (Stream<Path> files = Files.walk(template)) {
                for (Path f : files.toList()) {
                    if (f.getFileName().toString().equals("sextant.lock")) {
                        continue;
                    }
                    Path to = dir.resolve(template.relativize(f).toString());
                    if (Files.isDirectory(f)) {
                        Files.createDirectories(to);
                    } else {
                        Files.copy(f, to, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AppContext.open(dir, false, new PrintWriter(new StringWriter()), ProgressSink.NONE);
    }
}
