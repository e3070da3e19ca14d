package dev.sextant.app.ui;

import dev.sextant.app.AppContext;
import dev.sextant.data.db.Database;
import dev.sextant.engine.job.ProgressSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A home with the sample market, seeded once per test JVM and copied for each test (seeding takes seconds). The
 * template (about 150 MB) lives in the temp folder and is deleted when the JVM exits. It also holds the day's backup,
 * which the copies share by hard link: a copy then does not make a backup of its own when it opens (the first open of
 * a day backs the database up).
 */
public final class SeededHome {

    private static Path template;

    private SeededHome() {
    }

    public static synchronized AppContext open(Path dir) {
        try {
            if (template == null) {
                template = createTemplate();
            }
            copy(template, dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return AppContext.open(dir, false, new PrintWriter(new StringWriter()), ProgressSink.NONE);
    }

    private static Path createTemplate() throws IOException {
        Path home = Files.createTempDirectory("sextant-ui-template");
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> delete(home)));
        AppContext.open(home, true, new PrintWriter(new StringWriter()), ProgressSink.NONE).close();
        Database.open(home).close(); // the day's backup
        return home;
    }

    private static void copy(Path from, Path to) throws IOException {
        Path backups = from.resolve("db").resolve("backups");
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : files.toList()) {
                if (f.getFileName().toString().equals("sextant.lock")) {
                    continue;
                }
                Path target = to.resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(target);
                } else if (f.startsWith(backups)) {
                    Files.deleteIfExists(target);
                    Files.createLink(target, f);
                } else {
                    Files.copy(f, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void delete(Path home) {
        try (Stream<Path> files = Files.walk(home)) {
            for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        } catch (IOException e) {
            System.err.println("SeededHome: cannot delete the template " + home + ": " + e.getMessage());
        }
    }
}
