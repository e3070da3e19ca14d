package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.optimize.Direction;
import dev.sextant.engine.optimize.Objective;
import dev.sextant.engine.optimize.PruningRule;
import dev.sextant.engine.optimize.SamplerKind;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.TrialConstraint;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.app.research.SimulationChoices;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Option;

/** The options that define an optimizer study, shared by {@code optimize} and {@code walkforward}. */
final class StudyOptions {

    @Option(names = "--strategy", paramLabel = "ID", description = "Strategy id (see ./sextant strategies); or take it from --preset.")
    String strategy;

    @picocli.CommandLine.Mixin
    PresetOption preset;

    /** The preset under the given options, set by {@link #provider}. */
    private PresetOverlay overlay;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Fix a strategy parameter (repeatable); it is not searched.")
    List<String> params;

    @Option(names = "--search", paramLabel = "NAME=RANGE",
            description = {"Search a parameter (repeatable): name=lo:hi, name=lo:hi:step (only lo, lo+step, ... up to hi),",
                    "name=lo:hi:log (log-scaled float) or name=a,b,c (choices of a categorical).",
                    "Default: every parameter not fixed with --param, over its declared range."})
    List<String> search;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "First day (default: first bar).")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Last day (default: last bar).")
    String to;

    @Option(names = "--sampler", defaultValue = "ga", paramLabel = "ga|random|grid", description = "How parameter sets are proposed (default: ${DEFAULT-VALUE}).")
    String sampler;

    @Option(names = "--trials", defaultValue = "100", paramLabel = "N", description = "Trial budget (per fold for walkforward; default: ${DEFAULT-VALUE}).")
    int trials;

    @Option(names = "--objective", defaultValue = "sharpe", paramLabel = "METRIC",
            description = "Metric to optimize: any metric of a backtest, or cagr_over_maxdd (default: ${DEFAULT-VALUE}).")
    String objective;

    @Option(names = "--direction", defaultValue = "max", paramLabel = "max|min", description = "Maximize or minimize the objective (default: ${DEFAULT-VALUE}).")
    String direction;

    @Option(names = "--min-trades", paramLabel = "N", description = "Trials with fewer round trips are infeasible.")
    Integer minTrades;

    @Option(names = "--pruning", defaultValue = "on", paramLabel = "on|off",
            description = "Stop trials whose first-half objective is below the 25th percentile of earlier ones (default: ${DEFAULT-VALUE}).")
    String pruning;

    @Option(names = "--grid-levels", defaultValue = "5", paramLabel = "N", description = "Grid points per float parameter (default: ${DEFAULT-VALUE}).")
    int gridLevels;

    @Option(names = "--seed", defaultValue = "0", paramLabel = "S", description = "Seed: the same seed gives the same trials (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--capital", defaultValue = "100000", paramLabel = "X", description = "Starting cash (default: ${DEFAULT-VALUE}).")
    double capital;

    @Option(names = "--max-positions", defaultValue = "10", paramLabel = "N", description = "Most open positions (default: ${DEFAULT-VALUE}).")
    int maxPositions;

    @picocli.CommandLine.Mixin
    EntryRuleOptions entryRules;

    /** The strategy of {@code --strategy} or {@code --preset}, checked to exist; {@code given} is what the user typed. */
    StrategyProvider provider(AppContext ctx, picocli.CommandLine.ParseResult given) {
        overlay = preset.overlay(ctx, given);
        return ctx.strategies().get(overlay.strategy(strategy));
    }

    /** The study over {@code symbols} with the entry rules of {@code ctx}'s home; trials run on {@code threads} threads. */
    StudyRequest request(String name, StrategyProvider provider, List<String> symbols, int threads, AppContext ctx) {
        LocalDate first = Times.date("--from", from);
        LocalDate last = Times.date("--to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw new UserError("--from " + first + " is after --to " + last);
        }
        Map<String, Object> fixed = ParamOverrides.parse(params, provider);
        ParamSpace space = SearchSpace.parse(search, provider, fixed.keySet());
        java.util.Set<String> searched = new java.util.HashSet<>();
        space.params().forEach(p -> searched.add(p.name()));
        BacktestRequest.Builder builder = overlay.preset() == null ? BacktestRequest.builder(provider.id(), symbols)
                : overlay.preset().request(symbols);
        BacktestRequest base = builder.params(overlay.params(fixed, searched)).from(first).to(last)
                .capital(overlay.pick("--capital", capital, p -> SimulationChoices.capital(p.simulation().capital())))
                .maxPositions(overlay.pick("--max-positions", maxPositions,
                        p -> SimulationChoices.maxPositions(p.simulation().maxPositions())))
                .seed(seed).rules(entryRules.rules(ctx, symbols, overlay)).build();
        return StudyRequest.builder(name, base, space)
                .objective(new Objective(objective.trim(), Direction.parse(direction)))
                .constraints(minTrades == null ? List.of() : List.of(new TrialConstraint.MinTrades(minTrades)))
                .sampler(SamplerKind.parse(sampler))
                .trials(trials)
                .seed(seed)
                .pruning(switch (pruning.trim()) {
                    case "on" -> PruningRule.DEFAULT;
                    case "off" -> PruningRule.OFF;
                    default -> throw new UserError("--pruning '" + pruning + "' is not on or off");
                })
                .gridLevels(gridLevels)
                .steps(SearchSpace.steps(search))
                .threads(threads)
                .build();
    }
}
