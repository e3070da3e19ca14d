package dev.sextant.data.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The SHA-256 of the migration scripts under one class-path location (names and contents, in name order), and the
 * one a database last applied from there ({@code schema_fingerprint}). When the two agree, the database's schema is
 * what the scripts make and Flyway has nothing to do: opening skips it. Flyway still decides everything else
 * (pending, changed or unknown migrations), because any difference in the scripts sends the open through it.
 */
public final class MigrationFingerprint {

    private static final String TABLE_EXISTS = "SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES"
            + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = 'SCHEMA_FINGERPRINT'";

    private MigrationFingerprint() {
    }

    /**
     * The fingerprint of the scripts this class loader finds under {@code location} (e.g. {@code db/migration});
     * empty when it lists none (a jar without folder entries cannot be listed), so that Flyway always runs then.
     */
    public static Optional<String> of(ClassLoader loader, String location) {
        SortedMap<String, byte[]> scripts = new TreeMap<>();
        try {
            for (URL root : Collections.list(loader.getResources(location))) {
                collect(root, location, scripts);
            }
            if (scripts.isEmpty()) {
                return Optional.empty();
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            scripts.forEach((name, content) -> {
                sha.update(name.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(content);
                sha.update((byte) 0);
            });
            return Optional.of(HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the migration scripts under " + location + ": " + e.getMessage(), e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java has no SHA-256", e);
        }
    }

    private static void collect(URL root, String location, SortedMap<String, byte[]> scripts) throws IOException {
        switch (root.getProtocol()) {
            case "file" -> {
                Path folder = toPath(root);
                try (Stream<Path> files = Files.walk(folder)) {
                    for (Path file : files.filter(Files::isRegularFile).toList()) {
                        scripts.put(folder.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                    }
                }
            }
            case "jar" -> {
                JarURLConnection connection = (JarURLConnection) root.openConnection();
                connection.setUseCaches(false);
                try (JarFile jar = connection.getJarFile()) {
                    String prefix = location + "/";
                    for (var entry : Collections.list(jar.entries())) {
                        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
                            try (InputStream in = jar.getInputStream(entry)) {
                                scripts.put(entry.getName().substring(prefix.length()), in.readAllBytes());
                            }
                        }
                    }
                }
            }
            default -> throw new IOException("migration scripts at " + root + " cannot be listed");
        }
    }

    private static Path toPath(URL url) throws IOException {
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IOException("not a file location: " + url, e);
        }
    }

    /** The fingerprint recorded for {@code location}, empty before the first record or before the table exists. */
    public static Optional<String> recorded(DataSource db, String location) throws SQLException {
        try (Connection c = db.getConnection()) {
            try (PreparedStatement exists = c.prepareStatement(TABLE_EXISTS); ResultSet r = exists.executeQuery()) {
                if (!r.next() || r.getInt(1) == 0) {
                    return Optional.empty();
                }
            }
            try (PreparedStatement q = c.prepareStatement("SELECT sha256 FROM schema_fingerprint WHERE location = ?")) {
                q.setString(1, location);
                try (ResultSet r = q.executeQuery()) {
                    return r.next() ? Optional.of(r.getString(1)) : Optional.empty();
                }
            }
        }
    }

    /** Records {@code sha256} as applied from {@code location}, after Flyway ran. */
    public static void record(DataSource db, String location, String sha256) throws SQLException {
        try (Connection c = db.getConnection();
             PreparedStatement merge = c.prepareStatement("MERGE INTO schema_fingerprint (location, sha256) KEY (location) VALUES (?, ?)")) {
            merge.setString(1, location);
            merge.setString(2, sha256);
            merge.executeUpdate();
        }
    }
}
