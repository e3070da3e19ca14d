package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "execute", mixinStandardHelpOptions = true, description = "Mark an active signal as executed (traded).")
final class SignalsExecuteCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Parameters(index = "0", paramLabel = "ID", description = "Signal id (see ./sextant signals list).")
    String id;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            ctx.signals().markExecuted(id);
            if (!json.toStdout()) {
                out.println("signal " + id + " is now executed");
                out.flush();
            }
            json.write(Map.of("executed", id), out);
        }
        return 0;
    }
}
