package dev.sextant.app.cli;

import dev.sextant.app.research.RegimeSymbols;
import dev.sextant.app.AppContext;
import dev.sextant.data.market.UniverseLoader;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.RegimeAnalysis;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeParameters;
import dev.sextant.engine.regime.RegimeSnapshot;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "regime", mixinStandardHelpOptions = true,
        description = {"Classify every trading day into one of seven market regimes, with probabilities, forecasts 1, 5,",
                "10 and 20 days ahead, an outlook and an action (see docs/regimes.md); save one snapshot per day.",
                "Index: --index, else the setting regime.index, else SPY when stored, else the sample index IDX.SX.",
                "Volatility index: --vol, else the setting regime.vol, else ^VIX for SPY / ^VOL.SX for IDX.SX when",
                "stored, else none ('none': the index's realised volatility stands in). Features use only data up",
                "to each day; the model runs over the whole history up to --to, --from only picks the days shown",
                "and saved. Re-running replaces the saved days. Bad input prints one line, exits 2, saves nothing.",
                "--json writes {inputs, days, summary}."})
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
        if (first != null && last != null && first.isAfter(last)) {
            throw new UserError("--from " + first + " is after --to " + last);
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            RegimeSymbols symbols = RegimeSymbols.resolve(index, vol, ctx.settings(), ctx.market().dailySymbols())
                    .orElseThrow(() -> new UserError("no index to classify: neither " + RegimeSymbols.defaultIndexes()
                            + " has daily bars; give --index SYM"));
            PriceColumns indexBars = upTo(ctx.market().one(symbols.index()), last);
            if (indexBars.isEmpty()) {
                throw new UserError("no bars of " + symbols.index() + " up to " + last);
            }
            PriceColumns volBars = symbols.volatility() == null ? null : upTo(ctx.market().one(symbols.volatility()), last);
            List<PriceColumns> members = universe == null ? List.of() : breadthUniverse(ctx.market(), last);

            RegimeAnalysis analysis = new RegimeModel(RegimeParameters.defaults())
                    .run(indexBars, volBars, members, TerminalProgress.onStderr(), Cancellation.NEVER);
            List<RegimeSnapshot> days = analysis.days().stream()
                    .filter(d -> first == null || !d.date().isBefore(first)).toList();
            if (days.isEmpty()) {
                throw new UserError("no classified day" + (first == null ? "" : " from " + first) + " in the "
                        + indexBars.size() + " bars of " + symbols.index() + (last == null ? "" : " up to " + last)
                        + " (the model needs about a year of history before its first day)");
            }
            RegimeRun run = new RegimeRun(symbols, universe, analysis, days);
            int saved = ctx.regimeSnapshots().replace(days, analysis.features(), RegimeDocument.inputs(run));
            if (!json.toStdout()) {
                RegimeReport.print(run, saved, out);
            }
            json.write(RegimeDocument.of(run), out);
        }
        return 0;
    }

    private List<PriceColumns> breadthUniverse(UniverseLoader market, LocalDate last) {
        UniverseLoader.Loaded loaded = market.universe(universe);
        if (!loaded.withoutBars().isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.printf("note: %d member(s) of %s without daily bars left out of breadth%n", loaded.withoutBars().size(), universe);
            err.flush();
        }
        return loaded.series().stream().map(s -> upTo(s, last)).toList();
    }

    /** The bars up to and including {@code last} (all when null). */
    private static PriceColumns upTo(PriceColumns series, LocalDate last) {
        return last == null ? series : series.slice(0, series.indexAtOrAfter(last.toEpochDay() + 1));
    }
}
