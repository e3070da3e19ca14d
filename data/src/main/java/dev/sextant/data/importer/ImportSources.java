package dev.sextant.data.importer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Expands the paths a user gives (files and folders, searched recursively) into importable files, sorted by path. */
public final class ImportSources {

    private static final List<String> SUFFIXES = List.of(".csv", ".csv.gz", ".txt", ".txt.gz");

    private ImportSources() {
    }

    public static List<ImportSource> expand(List<Path> paths) {
        List<ImportSource> sources = new ArrayList<>();
        for (Path path : paths) {
            if (!Files.exists(path)) {
                throw new IllegalArgumentException("no such file or folder: " + path);
            }
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).filter(ImportSources::importable).sorted()
                            .map(ImportSource::of).forEach(sources::add);
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot read folder " + path + ": " + e.getMessage(), e);
                }
            } else {
                sources.add(ImportSource.of(path));
            }
        }
        return sources;
    }

    static boolean importable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return SUFFIXES.stream().anyMatch(name::endsWith);
    }
}
