package dev.sextant.data.csv;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the importable bar files ({@code .csv}, {@code .csv.gz}, {@code .txt}, {@code .txt.gz}) among path arguments. */
public final class BarFiles {

    private static final List<String> IMPORTABLE_SUFFIXES = List.of(".csv", ".csv.gz", ".txt", ".txt.gz");

    private BarFiles() {
    }

    /**
     * Expands files and folders (folders recursively) into the importable files they hold, sorted
     * by path, each once. A file named explicitly must be importable.
     *
     * @throws NoSuchFileException      when an argument does not exist
     * @throws IllegalArgumentException when a file named explicitly is not importable
     */
    public static List<Path> expand(List<Path> arguments) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path argument : arguments) {
            if (Files.isDirectory(argument)) {
                try (Stream<Path> walk = Files.walk(argument)) {
                    walk.filter(Files::isRegularFile).filter(BarFiles::isImportable).forEach(files::add);
                }
            } else if (Files.isRegularFile(argument)) {
                if (!isImportable(argument)) {
                    throw new IllegalArgumentException(argument + " is not a bar file (expected one of " + IMPORTABLE_SUFFIXES + ")");
                }
                files.add(argument);
            } else {
                throw new NoSuchFileException(argument.toString());
            }
        }
        return files.stream().map(Path::normalize).distinct().sorted().toList();
    }

    /** Whether the file name ends in one of the importable suffixes, ignoring case. */
    public static boolean isImportable(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return IMPORTABLE_SUFFIXES.stream().anyMatch(name::endsWith);
    }

    /** The symbol a file stands for when it has no symbol column ({@code ^VIX.csv.gz} → {@code ^VIX}, {@code aapl.us.txt} → {@code AAPL}). */
    public static String symbolOf(Path file) {
        return SymbolNames.fromFileName(file.getFileName().toString());
    }
}
