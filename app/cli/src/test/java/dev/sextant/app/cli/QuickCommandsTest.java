package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuickCommandsTest {

    @Test
    void everyListedCommandExistsAndStudiesImportsBenchmarksAndLiveSessionsKeepTheFullCompiler() {
        Set<String> commands = SextantCommand.commandLine().getSubcommands().keySet();
        List<String> quick = commands.stream().filter(c -> !QuickCommands.jvmOptions(c).isEmpty()).toList();

        assertThat(quick).contains("backtest", "scan", "runs");
        assertThat(quick).doesNotContain("optimize", "walkforward", "batch", "bench", "data", "live", "replay", "regime");
        assertThat(QuickCommands.jvmOptions("backtest")).containsExactly("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");
        assertThat(QuickCommands.jvmOptions("no-such-command")).isEmpty();
        assertThat(commands).containsAll(QuickCommands.names());
    }
}
