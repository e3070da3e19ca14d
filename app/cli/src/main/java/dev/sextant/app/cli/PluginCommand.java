package dev.sextant.app.cli;

import dev.sextant.app.plugins.ContributedCommand;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command contributed by a plugin, run as {@code ./sextant NAME args}. Usage errors are picocli's
 * to report (exit 2); an exception thrown while the command runs is a plugin failure: reported,
 * the plugin disabled, exit 2.
 */
final class PluginCommand {

    private final ContributedCommand command;

    PluginCommand(ContributedCommand command) {
        this.command = command;
    }

    int execute(String[] args, PrintWriter out, PrintWriter err) {
        String pluginId = command.pluginId();
        String name = command.name();
        CommandLine cli;
        try {
            cli = new CommandLine(command.provider().newCommand());
        } catch (RuntimeException | LinkageError e) {
            err.println("sextant: " + command.failures().failed(pluginId, "creating command '" + name + "'", e).getMessage());
            return 2;
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("sextant: " + command.failures().failed(pluginId, "command '" + name + "'", e).getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
