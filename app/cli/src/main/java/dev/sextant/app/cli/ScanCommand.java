package dev.sextant.app.cli;

import dev.sextant.app.research.CrossScanService;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.scan.SessionCross;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.app.research.ScanService;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.rules.EntryRules;
import dev.sextant.engine.scan.MomentumRank;
import dev.sextant.engine.scan.NearTrigger;
import dev.sextant.engine.scan.ScanRequest;
import dev.sextant.engine.scan.ScanResult;
import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.scan.SignalSaveReport;
import dev.sextant.engine.spi.StrategyProvider;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "scan", mixinStandardHelpOptions = true,
        description = {"Find a strategy's entry signals on one date, the symbols approaching the trigger, and the momentum",
                "ranking; save the signals. Default date: the latest date on which at least half of the scanned",
                "symbols have a bar (so a few stale or early series do not move it). A signal is decided on that",
                "date's close; an order would fill at the next open.",
                "Saved signals start 'active'; a later scan whose date is past a signal's date + --expire-days",
                "(calendar days) marks it 'expired'; './sextant signals execute ID' marks it 'executed'.",
                "Signal ids are stable (strategy, symbol, date), so re-running a scan saves nothing twice.",
                "--timeframe 1m|5m|15m|30m|1h (an intraday strategy such as sma-vwap-cross) instead lists each symbol's",
                "crosses in its latest session (or the --date session), latest first, as CSV on stdout (time, symbol,",
                "direction, price, vwap, distance, bars_since) or JSON with --json; nothing is saved."})
final class ScanCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--strategy", paramLabel = "ID", description = "Strategy id (see ./sextant strategies); or take it from --preset.")
    String strategy;

    @Mixin
    PresetOption preset;

    @Option(names = "--param", paramLabel = "NAME=VALUE", description = "Override a strategy parameter (repeatable).")
    List<String> params;

    @Mixin
    MarketSelection market;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Scan date (default: see above).")
    String date;

    @Option(names = "--approach", defaultValue = "0.02", paramLabel = "F",
            description = "List symbols within this fraction below the trigger (default: ${DEFAULT-VALUE}).")
    double approach;

    @Option(names = "--top", defaultValue = "20", paramLabel = "N", description = "Length of the momentum ranking (default: ${DEFAULT-VALUE}).")
    int top;

    @Option(names = "--timeframe", defaultValue = "1d", paramLabel = "TF",
            description = "1d (default) or an intraday timeframe for the crosses table (see above).")
    String timeframe;

    @Option(names = "--expire-days", defaultValue = "5", paramLabel = "N",
            description = "Days a saved signal stays active (default: ${DEFAULT-VALUE}).")
    int expireDays;

    @Mixin
    EntryRuleOptions entryRules;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        LocalDate requested = Times.date("--date", date);
        if (expireDays < 1) {
            throw new UserError("--expire-days must be >= 1, got " + expireDays);
        }
        Timeframe tf = Times.timeframe(timeframe);
        entryRules.validate();
        try (AppContext ctx = Root.of(spec).open(out)) {
            PresetOverlay overlay = preset.overlay(ctx, spec.commandLine().getParseResult());
            StrategyProvider provider = ctx.strategies().get(overlay.strategy(strategy));
            strategy = provider.id();
            Map<String, Object> overrides = overlay.params(ParamOverrides.parse(params, provider), java.util.Set.of());
            if (tf.isIntraday()) {
                return crosses(ctx, overrides, tf, requested, out);
            }
            provider.timeframes().check(provider.id(), tf);
            EntryRules rules = entryRules.rules(ctx, List.of(), overlay);
            notApplied(rules);
            List<PriceColumns> bars = market.load(ctx.market(), "all", spec.commandLine().getErr()).series();
            ScanService.Outcome outcome = ctx.research().scans()
                    .scanAndSave(new ScanRequest(strategy, overrides, requested, approach, top, rules), bars, expireDays);
            ScanResult result = outcome.result();
            SignalSaveReport saved = outcome.saved();
            outcome.sinkFailures().forEach(failure -> spec.commandLine().getErr().println("sextant: " + failure.getMessage()));
            if (!json.toStdout()) {
                print(result, saved, bars.size(), out);
            }
            json.write(document(result, saved), out);
        }
        return 0;
    }

    private int crosses(AppContext ctx, Map<String, Object> overrides, Timeframe tf, LocalDate requested, PrintWriter out) {
        MarketChoice choice = !market.given() ? MarketChoice.ofUniverse("all")
                : market.universe() != null ? MarketChoice.ofUniverse(market.universe()) : MarketChoice.ofSymbols(market.symbols());
        CrossScanService.Scan scan = new CrossScanService(ctx.strategies(), ctx.bars(), ctx.universes())
                .scan(strategy, overrides, choice, tf, requested);
        if (!scan.withoutBars().isEmpty()) {
            spec.commandLine().getErr().printf("note: %d member(s) without bars that build %s left out%n",
                    scan.withoutBars().size(), tf.code());
            spec.commandLine().getErr().flush();
        }
        if (!json.toStdout()) {
            out.println("time,symbol,direction,price,vwap,distance,bars_since");
            for (SessionCross c : scan.crosses()) {
                out.println(String.join(",", Times.offset(tf, c.time()), c.symbol(), c.direction(), csv(c.price()),
                        csv(c.vwap()), csv(c.distance()), String.valueOf(c.barsSince())));
            }
            out.flush();
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("strategy", strategy);
        doc.put("timeframe", tf.code());
        doc.put("symbols", scan.series().size());
        doc.put("crosses", scan.crosses().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", Times.offset(tf, c.time()));
            m.put("symbol", c.symbol());
            m.put("direction", c.direction());
            m.put("price", finite(c.price()));
            m.put("vwap", finite(c.vwap()));
            m.put("distance", finite(c.distance()));
            m.put("bars_since", c.barsSince());
            return m;
        }).toList());
        json.write(doc, out);
        return 0;
    }

    private static String csv(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.6f", v) : "";
    }

    /** Says on stderr that the rules which need a portfolio are not applied by a scan. */
    private void notApplied(EntryRules rules) {
        PrintWriter err = spec.commandLine().getErr();
        if (rules.circuitBreaker() != null) {
            err.println("note: circuit breaker " + rules.circuitBreaker().spec() + " is not applied by a scan (it needs a portfolio's exits)");
        }
        if (rules.riskPolicy() != null) {
            err.println("note: risk policy " + rules.riskPolicy().name() + " is not applied by a scan (it needs a portfolio)");
        }
        err.flush();
    }

    private void print(ScanResult r, SignalSaveReport saved, int symbols, PrintWriter out) {
        out.printf("%s on %s: %d signal(s) among %d symbols%n", strategy, r.date(), r.signals().size(), symbols);
        r.blockedMessage().ifPresent(out::println);
        if (!r.signals().isEmpty()) {
            Table table = new Table("symbol", "price", "indicators", "vol ratio", "stop", "target", "strong", "rank", "id");
            for (Signal s : r.signals()) {
                table.add(s.symbol(), num(s.price()), indicators(s.indicators()), num(s.volumeRatio()), num(s.stop()),
                        num(s.target()), s.strong() ? "yes" : "", num(s.rankScore()), s.id());
            }
            table.print(out);
        }
        out.printf("saved: %d new, %d already saved; %d older signal(s) expired%n", saved.added(), saved.alreadySaved(),
                saved.expired());
        if (!r.approaching().isEmpty()) {
            out.printf("%napproaching (within %.1f%% of the trigger):%n", 100 * approach);
            Table table = new Table("symbol", "price", "distance", "indicators");
            for (NearTrigger n : r.approaching()) {
                table.add(n.symbol(), num(n.price()), String.format(Locale.ROOT, "%.2f%%", 100 * n.distance()),
                        indicators(n.indicators()));
            }
            table.print(out);
        }
        if (!r.momentum().isEmpty()) {
            out.printf("%nmomentum ranking (momentum-rank, default params):%n");
            Table table = new Table("rank", "symbol", "score");
            for (MomentumRank m : r.momentum()) {
                table.add(String.valueOf(m.rank()), m.symbol(), String.format(Locale.ROOT, "%.4f", m.score()));
            }
            table.print(out);
        }
        out.flush();
    }

    private static String indicators(Map<String, Double> values) {
        return values.entrySet().stream().map(e -> e.getKey() + "=" + num(e.getValue())).collect(Collectors.joining(" "));
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "";
    }

    private Map<String, Object> document(ScanResult r, SignalSaveReport saved) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("strategy", strategy);
        doc.put("date", r.date().toString());
        doc.put("signals", r.signals().stream().map(ScanCommand::signal).toList());
        doc.put("filters", r.filters().stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("spec", f.spec());
            m.put("open", f.open());
            m.put("closed_because", f.open() ? null : f.closedBecause());
            return m;
        }).toList());
        doc.put("blocked_signals", r.blockedSignals());
        doc.put("blocked_message", r.blockedMessage().orElse(null));
        doc.put("approaching", r.approaching().stream().map(n -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", n.symbol());
            m.put("price", finite(n.price()));
            m.put("distance", finite(n.distance()));
            m.put("indicators", finiteValues(n.indicators()));
            return m;
        }).toList());
        doc.put("momentum", r.momentum().stream().map(x -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rank", x.rank());
            m.put("symbol", x.symbol());
            m.put("score", finite(x.score()));
            return m;
        }).toList());
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("added", saved.added());
        s.put("already_saved", saved.alreadySaved());
        s.put("expired", saved.expired());
        doc.put("saved", s);
        return doc;
    }

    private static Map<String, Object> signal(Signal s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("symbol", s.symbol());
        m.put("date", s.date().toString());
        m.put("price", finite(s.price()));
        m.put("indicators", finiteValues(s.indicators()));
        m.put("volume_ratio", finite(s.volumeRatio()));
        m.put("stop", finite(s.stop()));
        m.put("target", finite(s.target()));
        m.put("strong", s.strong());
        m.put("rank_score", finite(s.rankScore()));
        return m;
    }

    private static Map<String, Double> finiteValues(Map<String, Double> values) {
        Map<String, Double> m = new LinkedHashMap<>();
        values.forEach((k, v) -> m.put(k, finite(v)));
        return m;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
