package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.walkforward.SavedWalkForward;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = "Reopen a saved walk-forward run: the same report, and with --json the same document the run wrote.")
final class WalkForwardShowCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Run id (see ./sextant walkforward list).")
    long id;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            SavedWalkForward run = ctx.walkForwards().find(id).orElseThrow(() -> new UserError(
                    "no saved walk-forward run with id " + id + " (see ./sextant walkforward list)"));
            if (!json.toStdout()) {
                WalkForwardReport.print(run, out);
            }
            json.write(WalkForwardDocument.of(run), out);
        }
        return 0;
    }
}
