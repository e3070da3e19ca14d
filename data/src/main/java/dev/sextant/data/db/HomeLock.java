package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.StandardOpenOption;

/**
 * The exclusive lock on {@code <home>/sextant.lock}: one process at a time uses a home. A second one gets a
 * {@link HomeInUseException} before H2 is touched.
 */
final class HomeLock implements AutoCloseable {

    private final DatabaseFiles files;
    private final FileChannel channel;
    private final FileLock lock;

    private HomeLock(DatabaseFiles files, FileChannel channel, FileLock lock) {
        this.files = files;
        this.channel = channel;
        this.lock = lock;
    }

    static HomeLock acquire(DatabaseFiles files) {
        try {
            Files.createDirectories(files.home());
            FileChannel channel = FileChannel.open(files.lockFile(), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                channel.close();
                throw new HomeInUseException(files.home());
            }
            return new HomeLock(files, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the data directory " + files.home() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot release the lock of " + files.home(), e);
        }
    }
}
