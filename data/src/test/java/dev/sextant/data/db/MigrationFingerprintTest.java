package dev.sextant.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripts' fingerprint: the same from a folder and a jar, and it changes with any name or content. */
class MigrationFingerprintTest {

    @TempDir
    Path dir;

    @Test
    void aFolderAndAJarWithTheSameScriptsHaveTheSameFingerprintComputedByHand() throws Exception {
        Path folder = dir.resolve("classes");
        Files.createDirectories(folder.resolve("db/m"));
        Files.writeString(folder.resolve("db/m/V2__b.sql"), "B");
        Files.writeString(folder.resolve("db/m/V1__a.sql"), "A");
        Path jar = dir.resolve("scripts.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (String name : new String[] {"db/", "db/m/", "db/m/V1__a.sql", "db/m/V2__b.sql", "db/other/", "db/other/V9__x.sql"}) {
                out.putNextEntry(new JarEntry(name));
                out.write(name.endsWith("/") ? new byte[0] : name.contains("V1") ? "A".getBytes() : name.contains("V2") ? "B".getBytes() : "X".getBytes());
                out.closeEntry();
            }
        }
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        sha.update("V1__a.sql\0A\0V2__b.sql\0B\0".getBytes(StandardCharsets.UTF_8));
        String byHand = HexFormat.of().formatHex(sha.digest());

        assertThat(MigrationFingerprint.of(loaderOf(folder), "db/m")).hasValue(byHand);
        assertThat(MigrationFingerprint.of(loaderOf(jar), "db/m")).as("other locations are not part of it").hasValue(byHand);

        Files.writeString(folder.resolve("db/m/V2__b.sql"), "B ");
        assertThat(MigrationFingerprint.of(loaderOf(folder), "db/m")).as("a changed script").isNotEqualTo(Optional.of(byHand));
        Files.move(folder.resolve("db/m/V2__b.sql"), folder.resolve("db/m/V3__b.sql"));
        Files.writeString(folder.resolve("db/m/V3__b.sql"), "B");
        assertThat(MigrationFingerprint.of(loaderOf(folder), "db/m")).as("a renamed script").isNotEqualTo(Optional.of(byHand));
        assertThat(MigrationFingerprint.of(loaderOf(folder), "db/none")).as("nothing to list: no fingerprint").isEmpty();
    }

    private static ClassLoader loaderOf(Path root) throws Exception {
        return new URLClassLoader(new URL[] {root.toUri().toURL()}, null);
    }
}
