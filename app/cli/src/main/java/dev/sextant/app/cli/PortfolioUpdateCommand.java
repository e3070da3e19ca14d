package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.PaperService;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Move a portfolio (and its ghosts) forward over the stored daily bars: each day after the last",
                "processed one is simulated from the saved book (orders decided at the last close fill at the next open)",
                "and appended, in one transaction per portfolio. Run ./sextant data update first to fetch new bars."})
final class PortfolioUpdateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Parameters(index = "0", paramLabel = "NAME", description = "Portfolio name.")
    String name;

    @Option(names = "--through", paramLabel = "YYYY-MM-DD", description = "Last day to process (default: the newest stored bar).")
    String through;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var last = Times.date("--through", through);
        try (AppContext ctx = Root.of(spec).open(out); ShutdownCancellation cancel = new ShutdownCancellation()) {
            List<PaperService.UpdateOutcome> outcomes = ctx.research().paper().update(name, last,
                    TerminalProgress.onStderr(), cancel);
            Table t = new Table("portfolio", "new days", "fills", "closed trips", "switches", "through", "equity");
            for (PaperService.UpdateOutcome o : outcomes) {
                t.add(o.name(), Integer.toString(o.days()), Integer.toString(o.fills()), Integer.toString(o.closedTrips()),
                        Integer.toString(o.switches()), o.lastDay() == null ? "-" : o.lastDay().toString(),
                        String.format(Locale.ROOT, "%.2f", o.equity()));
            }
            if (!json.toStdout()) {
                t.print(out);
            }
            json.write(outcomes.stream().map(PortfolioUpdateCommand::document).toList(), out);
        }
        return 0;
    }

    private static Map<String, Object> document(PaperService.UpdateOutcome o) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("portfolio", o.name());
        m.put("new_days", o.days());
        m.put("fills", o.fills());
        m.put("closed_trips", o.closedTrips());
        m.put("switches", o.switches());
        m.put("through", o.lastDay() == null ? null : o.lastDay().toString());
        m.put("equity", o.equity());
        return m;
    }
}
