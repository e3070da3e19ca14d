package dev.sextant.engine.market.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/** A file to import: a path on disk, or a named stream (for example a resource of the sample market). */
public record ImportSource(String name, Opener opener) {

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    public static ImportSource of(Path file) {
        return new ImportSource(file.toString(), () -> Files.newInputStream(file));
    }
}
