package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A copy of a closed database file in a temporary folder next to it, for checks that H2 may need to write to
 * (it repairs the state a killed process left on open). The original is never written; the copy is deleted on close.
 */
final class ScratchCopy implements AutoCloseable {

    private final Path folder;

    private ScratchCopy(Path folder) {
        this.folder = folder;
    }

    static ScratchCopy of(DatabaseFiles files) {
        try {
            Path folder = Files.createTempDirectory(files.folder(), ".scratch-");
            Files.copy(files.file(), folder.resolve(DatabaseFiles.NAME + ".mv.db"));
            return new ScratchCopy(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + files.file() + " for checking: " + e.getMessage(), e);
        }
    }

    /** The copied file. */
    Path file() {
        return folder.resolve(DatabaseFiles.NAME + ".mv.db");
    }

    /** Extends the copy with zero bytes to {@code length}, so that tools reading whole blocks reach its end. */
    void padTo(long length) {
        try (FileChannel channel = FileChannel.open(file(),
                StandardOpenOption.WRITE)) {
            long size = channel.size();
            if (size < length) {
                channel.write(ByteBuffer.allocate((int) (length - size)), size);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot extend the scratch copy " + file() + ": " + e.getMessage(), e);
        }
    }

    Path folder() {
        return folder;
    }

    String url() {
        return DatabaseFiles.urlOf(folder);
    }

    @Override
    public void close() {
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete the scratch copy " + folder + ": " + e.getMessage(), e);
        }
    }
}
