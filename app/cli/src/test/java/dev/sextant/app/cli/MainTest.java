package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path tmp;

    @Test
    void createsTheAppCdsFolderTheInstalledLauncherNames() {
        Path dir = tmp.resolve("cache").resolve("sextant");

        Main.createCdsFolder(dir.toString());

        assertThat(dir).isDirectory();
    }

    @Test
    void leavesAnUnexpandedLauncherVariableAlone() {
        Path unexpanded = tmp.resolve("$HOME").resolve("cache");

        Main.createCdsFolder(unexpanded.toString());
        Main.createCdsFolder(null);

        assertThat(tmp.resolve("$HOME")).doesNotExist();
    }
}
