package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.backtest.RunSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Saved backtest runs, newest first.")
final class RunsListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<RunSummary> runs = ctx.runs().list();
            if (!json.toStdout()) {
                Table table = new Table("id", "strategy", "symbols", "finished", "final equity", "return", "trades", "data");
                for (RunSummary r : runs) {
                    table.add(String.valueOf(r.id()), r.strategyId(), String.valueOf(r.symbols()), r.finishedAt().toString(),
                            String.format(Locale.ROOT, "%.2f", r.finalEquity()),
                            String.format(Locale.ROOT, "%.2f%%", 100 * r.totalReturn()), String.valueOf(r.trades()),
                            r.dataFingerprint());
                }
                table.print(out);
                out.printf("%d run(s)%n", runs.size());
                out.flush();
            }
            json.write(runs, out);
        }
        return 0;
    }
}
