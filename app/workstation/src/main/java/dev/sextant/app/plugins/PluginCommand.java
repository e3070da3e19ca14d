package dev.sextant.app.plugins;

import dev.sextant.app.api.CommandProvider;
import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A command contributed by a plugin, run as {@code ./sextant NAME args}. Usage errors are picocli's
 * to report (exit 2); an exception thrown while the command runs is a plugin failure: reported,
 * the plugin disabled, exit 2.
 */
public final class PluginCommand {

    private final String pluginId;
    private final CommandProvider provider;
    private final PluginFailures failures;

    PluginCommand(String pluginId, CommandProvider provider, PluginFailures failures) {
        this.pluginId = pluginId;
        this.provider = provider;
        this.failures = failures;
    }

    public String pluginId() {
        return pluginId;
    }

    public String name() {
        return provider.name();
    }

    public int execute(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli;
        try {
            cli = new CommandLine(provider.newCommand());
        } catch (RuntimeException | LinkageError e) {
            err.println("sextant: " + failures.failed(pluginId, "creating command '" + name() + "'", e).getMessage());
            return 2;
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("sextant: " + failures.failed(pluginId, "command '" + name() + "'", e).getMessage());
            return 2;
        });
        return cli.execute(args);
    }
}
