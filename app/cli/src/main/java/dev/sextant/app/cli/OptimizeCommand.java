package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.optimize.StoredStudy;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.StudyState;
import dev.sextant.engine.spi.StrategyProvider;
import java.io.PrintWriter;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;

@Command(name = "optimize", mixinStandardHelpOptions = true,
        description = {"Search a strategy's parameters with an optimizer study (ga, random or grid sampler) and save every trial.",
                "Each trial is a backtest of the searched parameters over --from..--to; the objective is any backtest metric.",
                "Prints the best parameters, the top trials and the importance of each parameter; --json writes",
                "{study, trials, best, importance, trial_states, evaluated_now, elapsed_ms}.",
                "Ctrl-C stops starting trials, records the finished ones and marks the study interrupted (exit 130);",
                "--resume NAME continues it from its saved definition to the result of an uninterrupted run.",
                "Bad input (unknown strategy or param, bad range, grid larger than --trials) prints one line, exits 2",
                "and saves nothing."})
final class OptimizeCommand implements Callable<Integer> {

    private static final Set<String> RESUME_OPTIONS = Set.of("--resume", "--json", "--threads", "--top", "--home", "--no-sample-data",
            "--cluster", "--cluster-data");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    StudyOptions study;

    @Mixin
    MarketSelection market;

    @Option(names = "--name", paramLabel = "NAME", description = "Study name (default: <strategy>-<date>-<time>).")
    String name;

    @Option(names = "--resume", paramLabel = "NAME", description = "Continue the stored study NAME with its saved definition.")
    String resume;

    @Option(names = "--threads", paramLabel = "N", description = "Trials evaluated in parallel (default: all cores; never changes the result).")
    Integer threads;

    @Option(names = "--top", defaultValue = "10", paramLabel = "N", description = "Trials in the printed table (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    ClusterOption cluster;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
        if (workers < 1) {
            throw new UserError("--threads must be at least 1");
        }
        try (ShutdownCancellation cancel = new ShutdownCancellation(); AppContext ctx = Root.of(spec).open(out)) {
            StudyRequest request = resume != null ? stored(ctx, workers) : fresh(ctx, workers);
            StudyResult result;
            try {
                result = ctx.research().optimizer().run(request, TerminalProgress.onStderr(), cancel, trial -> { },
                        cluster.runOn(ctx.home()));
            } catch (CancelledException e) {
                int done = ctx.studies().loadTrials(request.name()).size();
                err.printf("interrupted: study %s stored with %d of %d trials; continue with ./sextant optimize --resume %s%n",
                        request.name(), done, request.trials(), request.name());
                err.flush();
                return 130;
            }
            StudyState state = ctx.studies().find(request.name()).map(StoredStudy::state).orElseThrow();
            if (!json.toStdout()) {
                StudySummary.print(result, top, out);
                out.printf("saved as study %s (reload or continue: ./sextant optimize --resume %s)%n", request.name(),
                        request.name());
                out.flush();
            }
            json.write(StudyDocument.of(result, state), out);
        }
        return 0;
    }

    private StudyRequest stored(AppContext ctx, int workers) {
        List<String> others = spec.commandLine().getParseResult().matchedOptions().stream()
                .map(OptionSpec::longestName).filter(n -> !RESUME_OPTIONS.contains(n)).toList();
        if (!others.isEmpty()) {
            throw new UserError("--resume takes the study's saved definition; drop " + String.join(", ", others));
        }
        StoredStudy s = ctx.studies().find(resume).orElseThrow(() -> new UserError("no study named '" + resume + "'"));
        return s.toRequest(workers);
    }

    private StudyRequest fresh(AppContext ctx, int workers) {
        StrategyProvider provider = study.provider(ctx, spec.commandLine().getParseResult());
        if (!market.given()) {
            throw new UserError("say what to trade: --symbols A,B or --universe U");
        }
        List<String> symbols = market.load(ctx.market(), null, spec.commandLine().getErr()).series().stream()
                .map(PriceColumns::symbol).toList();
        String studyName = name != null ? name.trim()
                : provider.id() + "-" + LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS"));
        if (studyName.isEmpty()) {
            throw new UserError("--name must not be empty");
        }
        ctx.studies().find(studyName).ifPresent(s -> {
            throw new UserError("a study named '" + studyName + "' exists (" + s.state().label()
                    + "): continue it with --resume " + studyName + " or choose another --name");
        });
        return study.request(studyName, provider, symbols, workers, ctx);
    }
}
