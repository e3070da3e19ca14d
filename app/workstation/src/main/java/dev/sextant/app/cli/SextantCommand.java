package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.SextantHome;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code sextant}: without a command it opens the workstation; with one it runs headless. */
@Command(name = "sextant",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Sextant: a trading research workstation over a local database.",
        subcommands = {DataCommand.class, UniverseCommand.class, SettingsCommand.class, StrategiesCommand.class,
                IndicatorsCommand.class, ScanCommand.class, SignalsCommand.class, BacktestCommand.class,
                RunsCommand.class, RegimeCommand.class, BenchCommand.class, OptimizeCommand.class,
                WalkForwardCommand.class},
        footer = {"", "Without a command, opens the workstation. Data lives in --home DIR (or SEXTANT_HOME)."})
public final class SextantCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (default: SEXTANT_HOME, else the OS per-user data folder).")
    Path home;

    @Option(names = "--no-sample-data", scope = ScopeType.INHERIT,
            description = "On a first start, do not load the generated sample market.")
    boolean noSampleData;

    /** Opens the home's database (seeding the sample market on a first start unless disabled). */
    AppContext open(PrintWriter out) {
        return AppContext.open(SextantHome.resolve(home), !noSampleData, out);
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = open(out)) {
            new StatusReport(ctx).print(out);
        }
        return 0;
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new SextantCommand());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        return cli;
    }
}
