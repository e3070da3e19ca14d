package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.RegimeRun;
import dev.sextant.app.research.RegimeService;
import dev.sextant.app.AppContext;
import dev.sextant.engine.job.Cancellation;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "regime", mixinStandardHelpOptions = true,
        description = {"Classify every trading day into one of seven market regimes, with probabilities, forecasts 1, 5,",
                "10 and 20 days ahead, an outlook and an action (see docs/conventions/regime-model.md); save one snapshot per day.",
                "Index: --index, else the setting regime.index, else SPY when stored, else the sample index IDX.SX.",
                "Volatility index: --vol, else the setting regime.vol, else ^VIX for SPY / ^VOL.SX for IDX.SX when",
                "stored, else none ('none': the index's realised volatility stands in). Features use only data up",
                "to each day; the model runs over the whole history up to --to, --from only picks the days shown",
                "and saved. Re-running replaces the saved days. Bad input prints one line, exits 2, saves nothing.",
                "--json writes {inputs, days, summary}. 'regime heatmap' prints the strategy x regime table."},
        subcommands = RegimeHeatmapCommand.class)
final class RegimeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--index", paramLabel = "SYM", description = "Market index (default: see above).")
    String index;

    @Option(names = "--vol", paramLabel = "SYM", description = "Its volatility index, or 'none' (default: see above).")
    String vol;

    @Option(names = "--universe", paramLabel = "U",
            description = "Universe for breadth (share above SMA50, share near the 52-week high); without it: no breadth.")
    String universe;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day shown and saved (default: the first classified day).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: the index's last bar).")
    String to;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate first = Times.date("--from", from);
        LocalDate last = Times.date("--to", to);
        try (AppContext ctx = Root.of(spec).open(out)) {
            RegimeService service = ctx.research().regimes();
            RegimeRun run = service.analyse(new RegimeService.Request(index, vol, universe, first, last),
                    TerminalProgress.onStderr(), Cancellation.NEVER);
            if (!run.breadthWithoutBars().isEmpty()) {
                PrintWriter err = spec.commandLine().getErr();
                err.printf("note: %d member(s) of %s without daily bars left out of breadth%n",
                        run.breadthWithoutBars().size(), universe);
                err.flush();
            }
            int saved = service.save(run);
            if (!json.toStdout()) {
                RegimeReport.print(run, saved, out);
            }
            json.write(RegimeDocument.of(run), out);
        }
        return 0;
    }
}
