package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server is optional in the CLI: where it is left out (the desktop installer), {@code sync-server} says so. */
class SyncServerCommandTest {

    @TempDir
    Path home;

    @Test
    void withoutTheServerOnTheClassPathSyncServerSaysItIsNotPartOfTheInstallation() throws Exception {
        String classpath = Arrays.stream(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"))
                .split(File.pathSeparator)).filter(entry -> !entry.contains("sync-server")).collect(Collectors.joining(File.pathSeparator));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-cp", classpath, Main.class.getName(), "--home", home.toString(), "sync-server", "--port", "0")
                .redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(output).isEqualTo(2);
        assertThat(output).contains("sextant: the sync server is not part of this installation").doesNotContain("NoClassDefFoundError");
    }
}
