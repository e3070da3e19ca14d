package dev.sextant.cloud.sync.token;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * The refresh token in a file only the user can read: on POSIX systems the folder is made (or narrowed to)
 * {@code rwx------} and the file {@code rw-------} (permissions set at creation, before the token
 * is written; a file found with wider permissions is narrowed before it is read). The file is
 * replaced atomically. On other systems the file inherits the user profile's access rules.
 */
public final class FileTokenStore implements TokenStore {

    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private final Path file;

    public FileTokenStore(Path file) {
        this.file = file;
    }

    @Override
    public Optional<String> load() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        if (POSIX) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        String token = Files.readString(file, StandardCharsets.UTF_8).strip();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    @Override
    public void save(String refreshToken) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (!Files.isDirectory(dir)) {
            if (POSIX) {
                Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } else {
                Files.createDirectories(dir);
            }
        } else if (POSIX) {
            Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------")); // a folder made by someone else
        }
        Path temp = POSIX
                ? Files.createTempFile(dir, ".token", ".tmp", PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".token", ".tmp");
        try {
            Files.writeString(temp, refreshToken, StandardCharsets.UTF_8);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public void clear() throws IOException {
        if (Files.exists(file)) {
            Files.write(file, new byte[Math.toIntExact(Files.size(file))]);
            Files.delete(file);
        }
    }

    @Override
    public String describe() {
        return "file " + file + (POSIX ? " (rw-------)" : "");
    }
}
