package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.BacktestService;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.RunOn;
import dev.sextant.app.research.SimulationChoices;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.ReturnMode;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.metrics.MetricKey;
import dev.sextant.engine.spi.StrategyProvider;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "batch", mixinStandardHelpOptions = true,
        description = {"Backtest strategies × universes × date ranges from a spec file and save every run as ./sextant",
                "backtest does (./sextant runs list shows them). The spec: {\"strategies\": [{\"strategy\": ID,",
                "\"params\": {NAME: VALUE}}], \"universes\": [{\"symbols\": [A, B]} or {\"universe\": U}], \"ranges\":",
                "[{\"from\": YYYY-MM-DD, \"to\": YYYY-MM-DD}]} (ranges optional). The simulation options apply to every",
                "run. With --cluster the runs are Spark tasks, saved here as they finish. Prints one line per saved",
                "run; --json writes [{run, label, id, metrics}]. Ctrl-C stops; runs saved so far stay (exit 130)."})
final class BatchCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--spec", required = true, paramLabel = "FILE.json", description = "The batch: strategies, universes, ranges.")
    Path specFile;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--benchmark", paramLabel = "SYM",
            description = "Buy-and-hold benchmark symbol of every run, or 'none' (default: as ./sextant backtest).")
    String benchmark;

    @Option(names = "--seed", defaultValue = SimulationChoices.DEFAULT_SEED, paramLabel = "N", description = "Seed recorded with every run.")
    String seed;

    @Option(names = "--returns", defaultValue = SimulationChoices.DEFAULT_RETURNS, paramLabel = "MODE",
            description = "total (cash dividends credited; local runs only) | price (default: ${DEFAULT-VALUE}).")
    String returns;

    @Mixin
    ClusterOption cluster;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        BatchSpec batch = BatchSpec.read(specFile);
        SimulationChoices choices = simulation.choices(seed, returns);
        choices.validate();
        try (ShutdownCancellation cancel = new ShutdownCancellation(); AppContext ctx = Root.of(spec).open(out)) {
            RunOn where = cluster.runOn(ctx.home());
            if (where != RunOn.LOCAL && ReturnMode.TOTAL.text().equals(returns)) {
                throw new UserError("--returns total runs locally only: cluster executors are given the bars, not the"
                        + " dividends; add --returns price to run on " + where.master());
            }
            BacktestService service = ctx.research().backtests();
            Map<MarketChoice, List<PriceColumns>> markets = new HashMap<>();
            Map<String, PriceColumns> traded = new LinkedHashMap<>();
            List<BatchSpec.Run> runs = batch.runs();
            List<BacktestRequest> requests = new ArrayList<>();
            for (BatchSpec.Run run : runs) {
                StrategyProvider provider = ctx.strategies().get(run.strategy().id());
                Map<String, Object> params = ParamOverrides.parse(run.strategy().params(), provider);
                List<PriceColumns> bars = markets.computeIfAbsent(run.market(), m -> load(ctx, m, err));
                bars.forEach(p -> traded.putIfAbsent(p.symbol(), p));
                BacktestRequest.Builder b = BacktestRequest.builder(provider.id(), bars.stream().map(PriceColumns::symbol).toList())
                        .params(params).from(run.range().from()).to(run.range().to());
                requests.add(choices.applyTo(b).benchmark(service.benchmark(benchmark, bars, run.range().from(),
                        run.range().to())).build());
            }
            List<Map<String, Object>> saved = new ArrayList<>();
            err.printf("batch: %d runs on %s%n", runs.size(), where.isLocal() ? "this machine" : where.master());
            err.flush();
            try {
                ctx.research().batches().runAndSave(requests, new ArrayList<>(traded.values()), TerminalProgress.onStderr(),
                        cancel, where, (i, outcome) -> saved.add(report(i, runs.get(i), outcome, out)));
            } catch (CancelledException e) {
                err.printf("interrupted: %d of %d runs saved%n", saved.size(), runs.size());
                err.flush();
                return 130;
            }
            if (!json.toStdout()) {
                out.printf("saved %d runs (./sextant runs list)%n", saved.size());
                out.flush();
            }
            saved.sort(java.util.Comparator.comparingInt(m -> (Integer) m.get("run")));
            json.write(saved, out);
        }
        return 0;
    }

    private static List<PriceColumns> load(AppContext ctx, MarketChoice market, PrintWriter err) {
        var loaded = ctx.market().load(market);
        if (!loaded.withoutBars().isEmpty()) {
            err.printf("note: %s: %d member(s) without daily bars left out%n", market.label(), loaded.withoutBars().size());
            err.flush();
        }
        if (loaded.series().isEmpty()) {
            throw new UserError(market.label() + " has no daily bars");
        }
        return loaded.series();
    }

    private Map<String, Object> report(int index, BatchSpec.Run run, BacktestService.Outcome outcome, PrintWriter out) {
        Map<String, Object> metrics = outcome.run().result().metrics().asMap();
        if (!json.toStdout()) {
            out.printf(Locale.ROOT, "run %d %s: saved as run %d, CAGR %s, Sharpe %s, trades %s%n", index + 1, run.label(),
                    outcome.run().id(), number(MetricKey.CAGR.in(metrics)), number(MetricKey.SHARPE.in(metrics)),
                    metrics.get("trades"));
            out.flush();
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("run", index + 1);
        m.put("label", run.label());
        m.put("id", outcome.run().id());
        m.put("metrics", new TreeMap<>(metrics));
        return m;
    }

    private static String number(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.4f", v);
    }
}
