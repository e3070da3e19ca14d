package dev.sextant.cloud.sync.token;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

class FileTokenStoreTest {

    @TempDir
    Path dir;

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void theTokenFileIsReadableByTheUserOnlyAndItsFolderToo() throws Exception {
        Path file = dir.resolve("cloud-sync").resolve("refresh-token");
        FileTokenStore store = new FileTokenStore(file);
        store.save("rt_secret_1");

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent()))).isEqualTo("rwx------");
        assertThat(store.load()).contains("rt_secret_1");

        store.save("rt_secret_2");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(store.load()).contains("rt_secret_2");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aFolderTheAppMadeOpenIsNarrowedTo0700WhenTheTokenIsSaved() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("plugin-data").resolve("cloud-sync"));
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
        new FileTokenStore(folder.resolve("refresh-token")).save("rt_secret");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(folder))).isEqualTo("rwx------");
    }

    @Test
    @DisabledOnOs(OS.WINDOWS)
    void aTokenFileWithWiderPermissionsIsNarrowedBeforeItIsRead() throws Exception {
        Path file = dir.resolve("refresh-token");
        Files.writeString(file, "rt_old");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));

        assertThat(new FileTokenStore(file).load()).contains("rt_old");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
    }

    @Test
    void clearingRemovesTheFileAndClearingAgainIsFine() throws Exception {
        Path file = dir.resolve("refresh-token");
        FileTokenStore store = new FileTokenStore(file);
        store.save("rt_secret");
        store.clear();
        assertThat(file).doesNotExist();
        assertThat(store.load()).isEmpty();
        store.clear();
        assertThat(file).doesNotExist();
    }
}
