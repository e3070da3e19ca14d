package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.BacktestRegimes;
import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.RegimeMapFile;
import dev.sextant.app.research.RegimeMapPlan;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.app.research.SimulationChoices;
import dev.sextant.app.research.report.Tearsheet;
import dev.sextant.app.research.report.TearsheetCharts;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.backtest.TimeframeOptions;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.TimeframeLoader;
import java.util.ArrayList;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.spi.StrategyProvider;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "backtest", mixinStandardHelpOptions = true,
        description = {"Backtest a strategy with one pool of cash, save the run and print its id and a summary.",
                "Daily bars by default; --timeframe 1m|5m|15m|30m|1h runs on intraday bars (built from stored 1m bars",
                "where needed) through the same simulator: regular-hours bars only (--extended-hours for all), flat",
                "overnight (a session's last-bar entry signal is dropped, open positions close at its close with exit",
                "reason session_close; --hold-overnight keeps them), metrics annualised by the timeframe's bars per year.",
                "Orders decided on a bar's close fill at the next bar's open (default) or, labelled as optimistic,",
                "at the same close. Stops and targets trigger on the bar's low/high and fill at their level, or at",
                "the open when the bar gaps through them (--close-only: checked on the close, exit next open).",
                "Bad input (unknown strategy, param, symbol or universe, from > to, bad sizing/cost text) prints one",
                "line, exits 2 and saves nothing. --json writes {request, provenance, metrics, executions,",
                "round_trips, equity, by_regime}; ./sextant runs show ID --json writes the same for a saved run.",
                "by_regime splits daily returns and trades by the market regime of the day (regime model on the",
                "default index of ./sextant regime, without breadth); it is saved with the run.",
                "--regime-map FILE.json instead of --strategy trades, from each rebalance close on, the strategy mapped",
                "to that day's regime (a paper portfolio's regime switching, run over history) and prints it beside",
                "each mapped strategy alone; --json writes {regime_map, regime_source, request, metrics, alone,",
                "switches, days, executions, round_trips}."})
final class BacktestCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--strategy", paramLabel = "ID",
            description = "Strategy id (see ./sextant strategies); or take it from --preset; not with --regime-map.")
    String strategy;

    @Mixin
    PresetOption preset;

    @Option(names = "--regime-map", paramLabel = "FILE.json",
            description = "Trade, from each rebalance close on, the strategy the file maps to that day's market regime"
                    + " (or cash: no new entries); see docs/user/regime-selection.md. Not saved as a run.")
    Path regimeMap;

    @Option(names = "--rebalance", paramLabel = "daily|weekly|monthly",
            description = "With --regime-map: the closes at which the regime is looked at (default: the file's, else daily).")
    String rebalance;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a strategy parameter (repeatable).")
    List<String> params;

    @Mixin
    MarketSelection market;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First simulated date (default: first bar).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last simulated date (default: last bar).")
    String to;

    @Mixin
    SimulationOptions simulation;

    @Mixin
    EntryRuleOptions entryRules;

    @Option(names = "--timeframe", paramLabel = "TF", defaultValue = "1d",
            description = "Bars to trade: 1d (default), 1m, 5m, 15m, 30m, 1h (or 1w, 1mo).")
    String timeframe;

    @Option(names = "--hold-overnight", description = "Intraday: keep positions from one session to the next.")
    boolean holdOvernight;

    @Option(names = "--extended-hours", description = "Intraday: also trade pre-market and after-hours bars.")
    boolean extendedHours;

    @Option(names = "--benchmark", paramLabel = "SYM",
            description = "Buy-and-hold benchmark symbol, or 'none' (default: of SPY and the sample index IDX.SX the one covering more of the backtest's dates).")
    String benchmark;

    @Option(names = "--seed", defaultValue = SimulationChoices.DEFAULT_SEED, paramLabel = "N", description = "Seed recorded with the run (the simulation has no random part).")
    String seed;

    @Option(names = "--returns", defaultValue = SimulationChoices.DEFAULT_RETURNS, paramLabel = "MODE",
            description = "total (cash dividends credited) | price (default: ${DEFAULT-VALUE}).")
    String returns;

    @Mixin
    JsonOutput json;

    @Option(names = "--tearsheet", paramLabel = "FILE.html",
            description = "Also write the run as the backtest panel's one-file HTML tearsheet (request, metrics, charts,"
                    + " monthly returns, round trips).")
    Path tearsheet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate first = Times.date("--from", from);
        LocalDate last = Times.date("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new UserError("--from " + first + " is after --to " + last);
        }
        simulation.choices(seed, returns).validate();
        entryRules.validate();
        TimeframeOptions bars = timeframeOptions();
        if (regimeMap != null && (strategy != null || preset.name != null)) {
            throw new UserError((strategy != null ? "--strategy" : "--preset")
                    + " and --regime-map exclude each other: the map names the strategies");
        }
        if (regimeMap == null && rebalance != null) {
            throw new UserError("--rebalance applies to --regime-map only");
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            if (regimeMap != null) {
                return regimeMapRun(ctx, simulation.choices(seed, returns), bars, first, last, out);
            }
            PresetOverlay overlay = preset.overlay(ctx, spec.commandLine().getParseResult());
            SimulationChoices choices = simulation.choices(seed, returns, overlay);
            choices.validate();
            StrategyProvider provider = ctx.strategies().get(overlay.strategy(strategy));
            Map<String, Object> overrides = overlay.params(ParamOverrides.parse(params, provider), java.util.Set.of());
            if (!market.given()) {
                throw new UserError("say what to trade: --symbols A,B or --universe U");
            }
            provider.timeframes().check(provider.id(), bars.timeframe());
            BacktestService service = ctx.research().backtests();
            boolean daily = bars.timeframe() == Timeframe.DAILY;
            List<PriceColumns> series = new ArrayList<>(daily
                    ? market.load(ctx.market(), null, spec.commandLine().getErr()).series()
                    : market.loadAt(ctx, bars.timeframe(), spec.commandLine().getErr()).series());
            List<String> traded = series.stream().map(PriceColumns::symbol).toList();
            String bench = daily ? service.benchmark(benchmark, series, first, last)
                    : otherTimeframeBenchmark(ctx, bars.timeframe(), series);
            BacktestRequest req = choices.applyTo(BacktestRequest.builder(provider.id(), traded).params(overrides).from(first)
                    .to(last)).benchmark(bench).rules(entryRules.rules(ctx, traded, overlay)).timeframe(bars)
                    .preset(overlay.label()).build();
            if (!daily && !req.rules().isNone()) {
                throw new UserError("entry filters and risk policies apply to daily backtests only, not to --timeframe "
                        + bars.timeframe().code());
            }
            BacktestService.Outcome outcome = service.runAndSave(req, series);
            RegimeBreakdown byRegime = outcome.byRegime();
            if (byRegime == null && bars.timeframe() == Timeframe.DAILY) {
                spec.commandLine().getErr().println(BacktestRegimes.missingNote());
                spec.commandLine().getErr().flush();
            }
            SavedRun run = outcome.run();
            long id = run.id();
            if (!json.toStdout()) {
                BacktestSummary.print(run, byRegime, out);
                out.printf("saved as run %d (./sextant runs show %d)%n", id, id);
                out.flush();
            }
            if (tearsheet != null) {
                writeTearsheet(run);
                if (!json.toStdout()) {
                    out.printf("tearsheet written to %s%n", tearsheet);
                    out.flush();
                }
            }
            if (json.requested()) {
                json.write(BacktestDocument.of(run, byRegime), out); // its content hash costs a tenth of a second on a universe
            }
        }
        return 0;
    }

    private int regimeMapRun(AppContext ctx, SimulationChoices choices, TimeframeOptions bars, LocalDate first,
            LocalDate last, PrintWriter out) {
        if (bars.timeframe() != Timeframe.DAILY) {
            throw new UserError("--regime-map trades daily bars only, not --timeframe " + bars.timeframe().code());
        }
        if (params != null && !params.isEmpty()) {
            throw new UserError("--param does not apply with --regime-map: give each strategy's params in the map file");
        }
        if (tearsheet != null) {
            throw new UserError("--tearsheet does not apply with --regime-map (the run is not saved)");
        }
        RegimeMapPlan plan = RegimeMapFile.read(regimeMap, ctx.strategies(), ctx.research().presets()::get);
        if (rebalance != null) {
            try {
                plan = plan.withRebalance(Rebalance.parse(rebalance));
            } catch (IllegalArgumentException e) {
                throw new UserError("--" + e.getMessage());
            }
        }
        if (!market.given()) {
            throw new UserError("say what to trade: --symbols A,B or --universe U");
        }
        BacktestService service = ctx.research().backtests();
        List<PriceColumns> series = market.load(ctx.market(), null, spec.commandLine().getErr()).series();
        List<String> traded = series.stream().map(PriceColumns::symbol).toList();
        String bench = service.benchmark(benchmark, series, first, last);
        Candidate firstChoice = plan.candidates().getFirst();
        BacktestRequest req = choices.applyTo(BacktestRequest.builder(firstChoice.strategyId(), traded)
                .params(firstChoice.params()).from(first).to(last)).benchmark(bench)
                .rules(entryRules.rules(ctx, traded)).build();
        BacktestService.RegimeMapOutcome outcome = service.runRegimeMap(plan, req, series);
        if (!json.toStdout()) {
            RegimeMapReport.print(outcome, regimeMap.toString(), out);
        }
        json.write(RegimeMapReport.document(outcome, regimeMap.toString()), out);
        return 0;
    }

    private TimeframeOptions timeframeOptions() {
        Timeframe tf = Times.timeframe(timeframe);
        if (!tf.isIntraday() && (holdOvernight || extendedHours)) {
            throw new UserError((holdOvernight ? "--hold-overnight" : "--extended-hours")
                    + " applies to intraday timeframes only, not to --timeframe " + tf.code());
        }
        return new TimeframeOptions(tf, holdOvernight, extendedHours);
    }

    /** Other than daily bars: the --benchmark symbol at the same timeframe (added to {@code series}), else none. */
    private String otherTimeframeBenchmark(AppContext ctx, Timeframe tf, List<PriceColumns> series) {
        if (benchmark == null || benchmark.isBlank() || "none".equalsIgnoreCase(benchmark.trim())) {
            return null;
        }
        String symbol = benchmark.trim();
        if (series.stream().noneMatch(p -> p.symbol().equals(symbol))) {
            series.addAll(new TimeframeLoader(ctx.bars(), ctx.universes())
                    .load(MarketChoice.ofSymbols(List.of(symbol)), tf).series());
        }
        return symbol;
    }

    private void writeTearsheet(SavedRun run) {
        try {
            Path file = tearsheet.toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, Tearsheet.html(run, null, TearsheetCharts.of(run.result().curve())));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the tearsheet " + tearsheet + ": " + e.getMessage(), e);
        }
    }
}
