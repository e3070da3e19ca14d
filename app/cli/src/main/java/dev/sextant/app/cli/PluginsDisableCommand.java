package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginHost;
import dev.sextant.app.plugins.PluginStateStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "disable", mixinStandardHelpOptions = true,
        description = {"Turn a plugin off from the next command or start on (its jar stays in place).",
                "The built-in strategies (" + PluginHost.CORE_ID + ") cannot be disabled."})
final class PluginsDisableCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Plugin id (see ./sextant plugins list).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            PluginSwitch.requireKnown(ctx, id);
            if (PluginHost.CORE_ID.equals(id)) {
                throw new UserError("the built-in strategies (" + id + ") cannot be disabled: the scanner needs them");
            }
            new PluginStateStore(ctx.settings()).disable(id);
            out.printf("plugin %s disabled; it is left out from the next command or start on%n", id);
            out.flush();
        }
        return 0;
    }
}
