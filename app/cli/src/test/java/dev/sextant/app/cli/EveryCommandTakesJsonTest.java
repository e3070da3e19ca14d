package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.ContributedCommand;
import dev.sextant.engine.job.ProgressSink;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Walks picocli's command tree, the workstation's commands and those the bundled plugins contribute,
 * and fails for any command without {@code --json FILE}. Left out: the root (it opens the window) and
 * groups that only hold subcommands (they print their usage and take no option of their own;
 * the root's global options, such as {@code --home}, are inherited by all).
 */
class EveryCommandTakesJsonTest {

    private static final Set<String> HELP = Set.of("--help", "--version");

    @TempDir
    Path home;

    @Test
    void everyCommandTakesJson() {
        List<String> missing = new ArrayList<>();
        List<String> checked = new ArrayList<>();
        CommandLine root = SextantCommand.commandLine();
        root.getSubcommands().values().forEach(c -> walk(c, missing, checked));
        try (AppContext ctx = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            for (ContributedCommand c : ctx.plugins().commands().values()) {
                walk(new CommandLine(c.provider().newCommand()), missing, checked);
            }
        }
        assertThat(checked).as("commands checked").contains("sextant backtest", "sextant portfolio create",
                "sextant portfolio update", "sextant portfolio switches", "sextant portfolio whatif",
                "sextant portfolio trade", "sextant signals execute", "sextant walkforward list", "sync status", "sync push",
                "sync login", "sextant plugins disable");
        assertThat(missing).as("commands without --json").isEmpty();
    }

    private static void walk(CommandLine cli, List<String> missing, List<String> checked) {
        CommandSpec spec = cli.getCommandSpec();
        boolean group = !cli.getSubcommands().isEmpty()
                && spec.options().stream().allMatch(o -> o.inherited() || HELP.contains(o.longestName()));
        if (!group) {
            checked.add(spec.qualifiedName());
            OptionSpec json = spec.findOption("--json");
            if (json == null || json.arity().max() != 1) {
                missing.add(spec.qualifiedName());
            }
        }
        cli.getSubcommands().values().stream().distinct().forEach(c -> walk(c, missing, checked));
    }
}
