package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginHost;
import dev.sextant.app.plugins.PluginStatus;
import dev.sextant.engine.spi.SextantApi;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = {"Every plugin found: id, name, version, API version, state (active, disabled, failed,",
                "incompatible, 'new, not enabled', skipped in safe mode), where it came from, and the problem when it",
                "is not active. A jar not opened (new or changed, disabled as a whole, safe mode) is listed by its file name."})
final class PluginsListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<PluginStatus> statuses = ctx.plugins().statuses();
            if (!json.toStdout()) {
                Table table = new Table("id", "name", "version", "api", "state", "source", "problem");
                for (PluginStatus s : statuses) {
                    table.add(s.id(), s.name(), s.version(), s.apiVersion(), s.state().label(), s.source(), s.problem());
                }
                table.print(out);
                out.printf("workstation API %s; plugin folder %s%n", SextantApi.VERSION, ctx.pluginFolder());
                out.println(PluginHost.TRUSTED_CODE_NOTICE);
                if (!ctx.plugins().commands().isEmpty()) {
                    out.printf("plugin commands: %s%n", String.join(", ", ctx.plugins().commands().keySet()));
                }
                out.flush();
            }
            json.write(statuses.stream().map(PluginsListCommand::document).toList(), out);
        }
        return 0;
    }

    private static Map<String, Object> document(PluginStatus s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("name", s.name());
        m.put("version", s.version());
        m.put("api_version", s.apiVersion());
        m.put("state", s.state().label());
        m.put("source", s.source());
        m.put("problem", s.problem());
        return m;
    }
}
