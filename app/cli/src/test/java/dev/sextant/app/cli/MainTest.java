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

    @Test
    void onlyTheNamedCommandIsBuiltAndEverythingElseGetsTheWholeTree() {
        assertThat(SextantCommand.commandNamed("--home", "h", "--safe-mode", "backtest", "--symbols", "A"))
                .containsExactly(BacktestCommand.class);
        assertThat(SextantCommand.commandNamed("data", "list")).containsExactly(DataCommand.class);
        assertThat(SextantCommand.commandNamed("--home", "backtest")).as("a home folder named like a command")
                .hasSizeGreaterThan(10);
        assertThat(SextantCommand.commandNamed("--help")).hasSizeGreaterThan(10);
        assertThat(SextantCommand.commandNamed("hello-plugin", "x")).as("a plugin's command").hasSizeGreaterThan(10);
        assertThat(SextantCommand.commandLineFor("--panel", "data", "--screenshot", "x.png").getSubcommands())
                .containsKeys("data", "backtest", "sync-server");
    }
}
