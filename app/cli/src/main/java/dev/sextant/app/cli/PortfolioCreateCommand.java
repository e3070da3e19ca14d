package dev.sextant.app.cli;

import dev.sextant.app.research.SimulationChoices;
import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.PaperService;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.ReturnMode;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.PaperPortfolio;
import dev.sextant.engine.paper.StoredPaperPortfolio;
import dev.sextant.engine.paper.SwitchingRule;
import dev.sextant.engine.paper.SwitchingMode;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.app.research.RegimeMapFile;
import dev.sextant.app.research.RegimeMapPlan;
import java.nio.file.Path;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "create", mixinStandardHelpOptions = true,
        description = {"Create a paper portfolio that starts on --start (nothing is simulated until 'portfolio update').",
                "With --candidate (two or more) it switches between them: at each close the candidates are scored",
                "0-100 over the last --window days and the best replaces the active one when it leads by at least",
                "--min-gap points and --cool-down trading days have passed since the last switch.",
                "With --regime-map FILE.json it switches by regime instead: from each rebalance close, the strategy",
                "mapped to that day's market regime trades (docs/user/regime-selection.md).",
                "With --ghost-of LIVE it trades LIVE's symbols, start, capital and costs with another strategy,",
                "and is updated together with LIVE."})
final class PortfolioCreateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Portfolio name (letters, digits, '.', '_', '-').")
    String name;

    @Option(names = "--strategy", paramLabel = "ID",
            description = "Strategy id (see ./sextant strategies); with --candidate: the first active label (default: the first candidate).")
    String strategy;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a strategy parameter (repeatable).")
    List<String> params;

    @Mixin
    MarketSelection market;

    @Mixin
    JsonOutput json;

    @Option(names = "--start", paramLabel = "YYYY-MM-DD", description = "First day the portfolio trades (required unless --ghost-of).")
    String start;

    @Mixin
    SimulationOptions simulation;

    @Option(names = "--benchmark", paramLabel = "SYM",
            description = "Buy-and-hold benchmark, or 'none' (default: as for ./sextant backtest).")
    String benchmark;

    @Option(names = "--ghost-of", paramLabel = "LIVE", description = "Run beside the portfolio LIVE for comparison.")
    String ghostOf;

    @Option(names = "--candidate", paramLabel = "[LABEL=]STRATEGY[:NAME=VALUE...]",
            description = "A strategy to switch between (repeatable), e.g. dwap-breakout or slow=sma-cross:fast=20:slow=100.")
    List<String> candidates;

    @Option(names = "--window", defaultValue = "63", paramLabel = "DAYS", description = "Scoring window in trading days (default: ${DEFAULT-VALUE}).")
    int window;

    @Option(names = "--min-gap", defaultValue = "10", paramLabel = "POINTS", description = "Score lead needed to switch (default: ${DEFAULT-VALUE}).")
    double minGap;

    @Option(names = "--cool-down", defaultValue = "21", paramLabel = "DAYS", description = "Trading days between switches (default: ${DEFAULT-VALUE}).")
    int coolDown;

    @Option(names = "--by-regime", description = "Score only the window's days of today's market regime.")
    boolean byRegime;

    @Option(names = "--regime-map", paramLabel = "FILE.json",
            description = "Switch by regime instead of by score: from each rebalance close, trade the strategy the file"
                    + " maps to that day's market regime (or cash: no new entries), as ./sextant backtest --regime-map.")
    Path regimeMap;

    @Option(names = "--rebalance", paramLabel = "daily|weekly|monthly",
            description = "With --regime-map: the closes at which the regime is looked at (default: the file's, else daily).")
    String rebalance;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        simulation.choices(SimulationChoices.DEFAULT_SEED, ReturnMode.PRICE.text()).validate();
        try (AppContext ctx = Root.of(spec).open(out)) {
            PaperService paper = ctx.research().paper();
            if (regimeMap != null && candidates != null && !candidates.isEmpty()) {
                throw new UserError("--regime-map and --candidate exclude each other: the map names the strategies");
            }
            if (regimeMap == null && rebalance != null) {
                throw new UserError("--rebalance applies to --regime-map only");
            }
            RegimeMapPlan plan = regimeMap == null ? null : plan(ctx);
            List<Candidate> choices = plan == null ? parseCandidates(ctx) : plan.candidates();
            String first = strategy != null ? strategy : choices.isEmpty() ? null : choices.getFirst().label();
            if (first == null) {
                throw new UserError("say which strategy to follow: --strategy ID (or --candidate, twice or more)");
            }
            if (choices.size() == 1 && plan == null) {
                throw new UserError("--candidate: switching needs at least two candidates, got one");
            }
            BacktestRequest request = ghostOf != null ? ghostRequest(ctx, paper, first, choices) : request(ctx, first, choices);
            SwitchingMode rule = plan != null ? plan.map()
                    : choices.isEmpty() ? null : new SwitchingRule(window, minGap, coolDown, byRegime);
            if (!choices.isEmpty() && params != null && !params.isEmpty()) {
                throw new UserError("--param does not apply with --candidate: give each candidate's params after its strategy");
            }
            if (!choices.isEmpty()) {
                Candidate c = choices.stream().filter(x -> x.label().equals(first)).findFirst().orElseThrow(() ->
                        new UserError("--strategy " + first + ": not one of the candidate labels "
                                + choices.stream().map(Candidate::label).toList()));
                request = request.withStrategy(first, c.params());
            }
            PaperPortfolio p = new PaperPortfolio(name, request, ghostOf, choices, rule);
            long id = paper.create(p);
            StoredPaperPortfolio s = paper.get(name);
            if (!json.toStdout()) {
                out.printf("created portfolio %s (id %d): %s on %d symbols from %s, capital %.0f%s%n", name, id,
                        choices.isEmpty() ? p.request().strategyId()
                                : plan != null ? "switching by the regime map " + regimeMap + " " + plan.map().table()
                                : "switching between " + choices.stream().map(Candidate::label).toList(),
                        p.request().symbols().size(), p.request().from(), p.request().capital(),
                        ghostOf == null ? "" : ", ghost of " + ghostOf);
                out.printf("next: ./sextant portfolio update %s%n", s.portfolio().name());
                out.flush();
            }
            Map<String, Object> doc = new java.util.LinkedHashMap<>();
            doc.put("id", id);
            doc.put("name", s.portfolio().name());
            doc.put("ghost_of", ghostOf);
            doc.put("candidates", choices.stream().map(Candidate::label).toList());
            if (plan != null) {
                doc.put("regime_map", plan.map().table());
                doc.put("rebalance", plan.rebalance().text());
            }
            doc.put("request", BacktestRequestMap.of(p.request()));
            json.write(doc, out);
        }
        return 0;
    }

    private RegimeMapPlan plan(AppContext ctx) {
        RegimeMapPlan plan = RegimeMapFile.read(regimeMap, ctx.strategies(), ctx.research().presets()::get);
        if (rebalance == null) {
            return plan;
        }
        try {
            return plan.withRebalance(Rebalance.parse(rebalance));
        } catch (IllegalArgumentException e) {
            throw new UserError("--" + e.getMessage());
        }
    }

    private BacktestRequest request(AppContext ctx, String first, List<Candidate> choices) {
        LocalDate from = Times.date("--start", start);
        if (from == null) {
            throw new UserError("--start YYYY-MM-DD is required: the first day the portfolio trades");
        }
        if (!market.given()) {
            throw new UserError("say what to trade: --symbols A,B or --universe U");
        }
        List<PriceColumns> bars = market.load(ctx.market(), null, spec.commandLine().getErr()).series();
        List<String> traded = bars.stream().map(PriceColumns::symbol).toList();
        String bench = ctx.research().backtests().benchmark(benchmark, bars, from, null);
        return simulation.choices(SimulationChoices.DEFAULT_SEED, ReturnMode.PRICE.text()).applyTo(BacktestRequest.builder(strategyOf(first, choices), traded)
                .params(overrides(ctx, first, choices)).from(from)).benchmark(bench).build();
    }

    private BacktestRequest ghostRequest(AppContext ctx, PaperService paper, String first, List<Candidate> choices) {
        if (market.given() || start != null) {
            throw new UserError("--ghost-of " + ghostOf + ": a ghost trades the live portfolio's symbols from its start;"
                    + " leave out --symbols/--universe and --start");
        }
        StoredPaperPortfolio live = paper.get(ghostOf);
        if (live.portfolio().ghostOf() != null) {
            throw new UserError("--ghost-of " + ghostOf + ": that portfolio is itself a ghost of " + live.portfolio().ghostOf());
        }
        return live.portfolio().request().withStrategy(strategyOf(first, choices), overrides(ctx, first, choices));
    }

    private static String strategyOf(String first, List<Candidate> choices) {
        return choices.isEmpty() ? first : choices.getFirst().strategyId();
    }

    private Map<String, Object> overrides(AppContext ctx, String first, List<Candidate> choices) {
        return choices.isEmpty() ? ParamOverrides.parse(params, ctx.strategies().get(first)) : Map.of();
    }

    private List<Candidate> parseCandidates(AppContext ctx) {
        List<Candidate> out = new ArrayList<>();
        for (String text : candidates == null ? List.<String>of() : candidates) {
            String label = null;
            String rest = text.trim();
            int eq = rest.indexOf('=');
            int colon = rest.indexOf(':');
            if (eq > 0 && (colon < 0 || eq < colon)) {
                label = rest.substring(0, eq).trim();
                rest = rest.substring(eq + 1);
            }
            String[] parts = rest.split(":");
            String id = parts[0].trim();
            if (id.isEmpty()) {
                throw new UserError("--candidate '" + text + "': expected [LABEL=]STRATEGY[:NAME=VALUE...]");
            }
            var provider = ctx.strategies().get(id);
            Map<String, Object> ps = ParamOverrides.parse(Arrays.asList(parts).subList(1, parts.length), provider);
            out.add(new Candidate(label == null ? id : label, id, ps));
        }
        return out;
    }
}
