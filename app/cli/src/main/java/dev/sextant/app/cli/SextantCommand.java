package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.SextantHome;
import dev.sextant.app.plugins.PluginPolicy;
import dev.sextant.app.ui.WorkstationLauncher;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code sextant}: without a command it opens the workstation; with one it runs headless. */
@Command(name = "sextant",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Sextant: a trading research workstation over a local database.",
        footer = {"", "Without a command, opens the workstation. Data lives in --home DIR (or SEXTANT_HOME).",
                "Plugins may add commands: ./sextant plugins list shows them."})
public final class SextantCommand implements Callable<Integer> {

    /** The built-in commands, in the order help lists them. */
    private static final List<Class<?>> COMMANDS = List.of(DataCommand.class, UniverseCommand.class,
            SettingsCommand.class, StrategiesCommand.class, IndicatorsCommand.class, ScanCommand.class,
            SignalsCommand.class, BacktestCommand.class, BatchCommand.class, RunsCommand.class, RegimeCommand.class,
            BenchCommand.class, ReplayCommand.class, LiveCommand.class,
            OptimizeCommand.class, WalkForwardCommand.class, PortfolioCommand.class, WatchlistCommand.class,
            RiskPolicyCommand.class, PluginsCommand.class, SyncServerCommand.class);

    /** Root options that take a value, so that the word after them is not the command's name. */
    private static final Set<String> OPTIONS_WITH_VALUE = Set.of("--home", "--screenshot", "--panel");

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--home", paramLabel = "DIR", scope = ScopeType.INHERIT,
            description = "Data directory (default: SEXTANT_HOME, else the OS per-user data folder).")
    Path home;

    @Option(names = "--no-sample-data", scope = ScopeType.INHERIT,
            description = "On a first start, do not load the generated sample market.")
    boolean noSampleData;

    @Option(names = "--safe-mode", scope = ScopeType.INHERIT,
            description = "Load no user plugin jar (bundled plugins still load); also when SEXTANT_SAFE_MODE=1."
                    + " Use it to disable a plugin that stops Sextant from starting.")
    boolean safeMode;

    /** A command contributed by a plugin and its arguments ({@link PluginCommandDispatch}). */
    @Parameters(hidden = true)
    List<String> pluginCommand;

    /** Opens the home's database (seeding the sample market on a first start unless disabled). */
    AppContext open(PrintWriter out) {
        return AppContext.open(SextantHome.resolve(home), !noSampleData, out, TerminalProgress.onStderr(),
                PluginPolicy.of(safeMode, System.getenv()));
    }

    @Option(names = "--screenshot", paramLabel = "FILE.png",
            description = "Render the workstation window (1600x1000) with the sample data to FILE.png and exit; needs no display.")
    Path screenshot;

    @Option(names = "--panel", paramLabel = "ID",
            description = "With --screenshot: bring this panel to front first (chart, data, jobs, scanner, backtest, regime, optimizer, walkforward, portfolio, plugins, account, or a plugin panel's id).")
    String panel;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (pluginCommand != null && !pluginCommand.isEmpty()) {
            return PluginCommandDispatch.run(this, out, spec.commandLine().getErr(), pluginCommand);
        }
        if (screenshot != null) {
            long ms = WorkstationLauncher.screenshot(() -> open(out), screenshot, panel);
            out.printf("wrote %s (first frame with the chart %d ms after JVM start)%n", screenshot, ms);
            out.flush();
            return 0;
        }
        if (panel != null) {
            throw new UserError("--panel only works with --screenshot");
        }
        if (WorkstationLauncher.displayAvailable(System.getenv(), System.getProperty("os.name"))) {
            WorkstationLauncher.open(() -> open(out));
            return 0;
        }
        try (AppContext ctx = open(out)) {
            new StatusReport(ctx).print(out);
        }
        out.println("No display (DISPLAY/WAYLAND_DISPLAY unset), so no window: run ./sextant in a desktop session,"
                + " or ./sextant --screenshot FILE.png to see it.");
        out.flush();
        return 0;
    }

    public static int run(String... args) {
        return commandLineFor(args).execute(args);
    }

    /** The command line that runs these arguments: the tree of the one command they name. */
    static CommandLine commandLineFor(String... args) {
        return commandLine(commandNamed(args));
    }

    /** The whole command tree (help, the CLI reference, tests). */
    public static CommandLine commandLine() {
        return commandLine(COMMANDS);
    }

    /**
     * The built-in command these arguments run, alone, or every command when they name none (help, the window,
     * a plugin's command, a typo that needs suggestions). Building the tree of one command instead of all of
     * them saves about a third of a second of picocli reflection at every start (docs/benchmarks.md, #24).
     */
    static List<Class<?>> commandNamed(String... args) {
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (OPTIONS_WITH_VALUE.contains(arg)) {
                i++;
            } else if (!arg.startsWith("-")) {
                return COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(arg)).findFirst()
                        .<List<Class<?>>>map(List::of).orElse(COMMANDS);
            }
        }
        return COMMANDS;
    }

    private static CommandLine commandLine(List<Class<?>> commands) {
        CommandLine cli = new CommandLine(new SextantCommand());
        commands.forEach(cli::addSubcommand);
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setAllowSubcommandsAsOptionParameters(true); // --panel data
        cli.getCommandSpec().parser().stopAtPositional(true); // the root only: everything after a plugin command is its own
        return cli;
    }
}
