package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a file under a temporary name ({@code <name>.partial}) and renames it atomically when it is complete, so that
 * a write that fails or a process that is killed never leaves something that looks like the finished file. A failed
 * write deletes its partial file; a killed one leaves it for {@link BackupFolder#deletePartials()}.
 */
final class PartialFile {

    static final String SUFFIX = ".partial";

    /** What writes the whole content into the partial file. */
    @FunctionalInterface
    interface Content {
        void writeTo(Path partial) throws IOException;
    }

    private PartialFile() {
    }

    /** Writes {@code target} through {@code <target>.partial}; throws naming the target when that fails. */
    static void write(Path target, Content content) {
        Path partial = target.resolveSibling(target.getFileName() + SUFFIX);
        try {
            Files.createDirectories(target.getParent());
            Files.deleteIfExists(partial);
            try {
                content.writeTo(partial);
            } catch (IOException | RuntimeException e) {
                Files.deleteIfExists(partial);
                throw e;
            }
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
        }
    }
}
