package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginHost;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "disable", mixinStandardHelpOptions = true,
        description = {"Turn a plugin off from the next command or start on (its jar stays in place).",
                "Works in safe mode (--safe-mode), which loads no user jar: a plugin that stops Sextant from",
                "starting can be disabled without running it.",
                "The built-in strategies (" + PluginHost.CORE_ID + ") cannot be disabled."})
final class PluginsDisableCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "ID", description = "Plugin id or jar file name (see ./sextant plugins list).")
    String id;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            PluginSwitchCommand.apply(() -> ctx.plugins().disable(id));
            if (!json.toStdout()) {
                out.printf("plugin %s disabled; it is left out from the next command or start on%n", id);
                out.flush();
            }
            json.write(new PluginSwitchCommand.Switched(id, false), out);
        }
        return 0;
    }
}
