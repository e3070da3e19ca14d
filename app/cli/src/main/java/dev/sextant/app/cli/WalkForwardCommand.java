package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.walkforward.WalkForwardPlan;
import dev.sextant.engine.walkforward.WalkForwardRequest;
import dev.sextant.engine.walkforward.WindowLength;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "walkforward", mixinStandardHelpOptions = true,
        description = {"Walk-forward analysis: per fold, an optimizer study on the in-sample window chooses the parameters,",
                "which then trade the out-of-sample window with the capital the previous fold ended with.",
                "Prints a table of folds, the stitched out-of-sample result, WFE, DSR and PBO, and saves the run",
                "in one transaction (reopen it with ./sextant walkforward show ID). --json writes {id, name, strategy,",
                "..., plan, folds, oos_equity, oos_cagr, oos_sharpe, oos_sharpe_t, wfe, total_trials, dsr, pbo,",
                "param_stability, elapsed_ms}. Ctrl-C stops the run and saves nothing (exit 130). Bad input (unknown",
                "strategy, window text such as 2x, a span too short for one in-sample plus out-of-sample window, a",
                "grid larger than --trials) prints one line, exits 2 and saves nothing."},
        subcommands = {WalkForwardListCommand.class, WalkForwardShowCommand.class})
final class WalkForwardCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StudyOptions study;

    @Mixin
    MarketSelection market;

    @Option(names = "--is", paramLabel = "LEN", description = "In-sample length: 250b (bars), 30d, 6m or 2y.")
    String inSample;

    @Option(names = "--oos", paramLabel = "LEN", description = "Out-of-sample length, same units.")
    String outOfSample;

    @Option(names = "--step", paramLabel = "LEN", description = "Re-optimization frequency (default: the out-of-sample length).")
    String step;

    @Option(names = "--anchored", description = "In-sample windows all start at the first bar (default: rolling).")
    boolean anchored;

    @Option(names = "--purge", defaultValue = "0", paramLabel = "N", description = "Bars dropped from the end of each in-sample window (default: ${DEFAULT-VALUE}).")
    int purge;

    @Option(names = "--embargo", defaultValue = "0", paramLabel = "N", description = "Bars skipped before each out-of-sample window (default: ${DEFAULT-VALUE}).")
    int embargo;

    @Option(names = "--pbo-candidates", defaultValue = "16", paramLabel = "N", description = "Best distinct parameter sets in the PBO matrix (default: ${DEFAULT-VALUE}).")
    int pboCandidates;

    @Option(names = "--pbo-blocks", defaultValue = "16", paramLabel = "S", description = "Time blocks of the PBO matrix, even (default: ${DEFAULT-VALUE}).")
    int pboBlocks;

    @Option(names = "--threads", paramLabel = "N", description = "Trials evaluated in parallel (default: all cores; never changes the result).")
    Integer threads;

    @Option(names = "--name", paramLabel = "NAME", description = "Label of the run (default: <strategy>-wf-<date>-<time>).")
    String name;

    @Mixin
    ClusterOption cluster;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (inSample == null || outOfSample == null) {
            throw new UserError("give the window lengths: --is LEN --oos LEN (e.g. --is 2y --oos 6m)");
        }
        WalkForwardPlan plan = new WalkForwardPlan(WindowLength.parse(inSample), WindowLength.parse(outOfSample),
                step == null ? null : WindowLength.parse(step), anchored, purge, embargo);
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        try (ShutdownCancellation cancel = new ShutdownCancellation(); AppContext ctx = Root.of(spec).open(out)) {
            StrategyProvider provider = study.provider(ctx, spec.commandLine().getParseResult());
            if (!market.given()) {
                throw new UserError("say what to trade: --symbols A,B or --universe U");
            }
            List<PriceColumns> bars = market.load(ctx.market(), null, err).series();
            String runName = name != null ? name.trim()
                    : provider.id() + "-wf-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
            StudyRequest template = study.request(runName, provider, bars.stream().map(PriceColumns::symbol).toList(), workers, ctx);
            WalkForwardRequest request = new WalkForwardRequest(template, plan, pboCandidates, pboBlocks);
            SavedWalkForward saved;
            try {
                saved = ctx.research().walkForwards().runAndSave(runName, request, bars, TerminalProgress.onStderr(), cancel,
                        cluster.runOn(ctx.home()));
            } catch (CancelledException e) {
                err.println("interrupted: the walk-forward run was stopped and nothing was saved");
                err.flush();
                return 130;
            }
            long id = saved.id();
            if (!json.toStdout()) {
                WalkForwardReport.print(saved, out);
                out.printf("saved as walk-forward %d (./sextant walkforward show %d)%n", id, id);
                out.flush();
            }
            json.write(WalkForwardDocument.of(saved), out);
        }
        return 0;
    }
}
