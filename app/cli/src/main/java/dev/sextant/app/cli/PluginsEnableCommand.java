package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginStateStore;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "enable", mixinStandardHelpOptions = true,
        description = {"Turn a plugin on (also one disabled after a failure) from the next command or start on."})
final class PluginsEnableCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Plugin id (see ./sextant plugins list).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            PluginSwitch.requireKnown(ctx, id);
            new PluginStateStore(ctx.settings()).enable(id);
            out.printf("plugin %s enabled; it is used from the next command or start on%n", id);
            out.flush();
        }
        return 0;
    }
}
