package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginHost;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "enable", mixinStandardHelpOptions = true,
        description = {"Turn a plugin on (also one disabled after a failure) from the next command or start on.",
                "A new or changed jar is listed by its file name: enabling it trusts that jar's content (SHA-256).",
                PluginHost.TRUSTED_CODE_NOTICE})
final class PluginsEnableCommand implements Callable<Integer> {

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
            PluginSwitchCommand.apply(() -> ctx.plugins().enable(id));
            if (!json.toStdout()) {
                out.printf("plugin %s enabled; it is used from the next command or start on%n%s%n", id,
                        PluginHost.TRUSTED_CODE_NOTICE);
                out.flush();
            }
            json.write(new PluginSwitchCommand.Switched(id, true), out);
        }
        return 0;
    }
}
