package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.regime.RegimeBreakdown;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"Reopen a saved run: its summary, and with --json the same document the backtest wrote",
                "(by_regime as stored with the run, not recomputed)."})
final class RunsShowCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "Run id (see ./sextant runs list).")
    long id;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            SavedRun run = ctx.runs().find(id).orElseThrow(() -> new UserError("no saved run with id " + id
                    + " (see ./sextant runs list)"));
            RegimeBreakdown byRegime = ctx.runs().byRegime(id).orElse(null);
            if (!json.toStdout()) {
                BacktestSummary.print(run, byRegime, out);
            }
            json.write(BacktestDocument.of(run, byRegime), out);
        }
        return 0;
    }
}
