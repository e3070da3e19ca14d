package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.ContributedCommand;
import java.io.PrintWriter;
import java.util.List;

/**
 * Runs {@code ./sextant NAME args} for a command contributed by a plugin. Plugin commands are only
 * known once the home is open (the plugin folder and the enabled states live there), so the root
 * command collects an unknown command word and its arguments, and this class opens the home and
 * hands them to the plugin's command.
 */
final class PluginCommandDispatch {

    private PluginCommandDispatch() {
    }

    static int run(SextantCommand root, PrintWriter out, PrintWriter err, List<String> words) {
        String name = words.getFirst();
        try (AppContext ctx = root.open(out)) {
            ContributedCommand command = ctx.plugins().commands().get(name);
            if (command == null) {
                var known = ctx.plugins().commands().keySet();
                throw new UserError("unknown command '" + name + "' (see ./sextant --help"
                        + (known.isEmpty() ? "" : "; plugin commands: " + String.join(", ", known)) + ")");
            }
            return new PluginCommand(command).execute(words.subList(1, words.size()).toArray(String[]::new), out, err);
        }
    }
}
