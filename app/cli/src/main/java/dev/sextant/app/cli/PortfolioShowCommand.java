package dev.sextant.app.cli;

import dev.sextant.engine.backtest.ShareCount;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.app.research.PaperService;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.paper.PaperDay;
import dev.sextant.engine.paper.PaperPortfolio;
import dev.sextant.engine.paper.TradePostMortem;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "show", mixinStandardHelpOptions = true,
        description = {"A portfolio's state: equity vs its benchmark, open positions, and a post-mortem of each closed",
                "round trip (entry reason, regime at entry and exit, MAE/MFE, what the exit rule did, and the path in the",
                PaperService.POST_MORTEM_BARS + " bars after the exit). Without NAME: all portfolios, one line each."})
final class PortfolioShowCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", arity = "0..1", paramLabel = "NAME", description = "Portfolio name.")
    String name;

    @Option(names = "--trips", defaultValue = "10", paramLabel = "N", description = "Post-mortems of the last N round trips (default: ${DEFAULT-VALUE}).")
    int trips;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            PaperService paper = ctx.research().paper();
            if (name == null) {
                Table t = new Table("portfolio", "strategy", "ghost of", "start", "through", "symbols");
                paper.list().forEach(s -> t.add(s.portfolio().name(), s.state().active(),
                        s.portfolio().ghostOf() == null ? "" : s.portfolio().ghostOf(), s.portfolio().request().from().toString(),
                        s.state().lastDay() == null ? "-" : s.state().lastDay().toString(),
                        Integer.toString(s.portfolio().request().symbols().size())));
                t.print(out);
                return 0;
            }
            PaperService.PortfolioView v = paper.view(name);
            if (!json.toStdout()) {
                print(v, out);
            }
            json.write(document(v), out);
        }
        return 0;
    }

    private void print(PaperService.PortfolioView v, PrintWriter out) {
        PaperPortfolio p = v.stored().portfolio();
        out.printf("portfolio %s%s: %s, %d symbols, from %s, capital %.0f%n", p.name(),
                p.ghostOf() == null ? "" : " (ghost of " + p.ghostOf() + ")", p.switches()
                        ? "switching " + p.candidates().stream().map(c -> c.label()).toList() + ", active " + v.stored().state().active()
                        : p.request().strategyId() + p.request().params(), p.request().symbols().size(), p.request().from(),
                p.request().capital());
        List<PaperDay> days = v.history().days();
        if (days.isEmpty()) {
            out.printf("not updated yet: ./sextant portfolio update %s%n", p.name());
            out.flush();
            return;
        }
        PaperDay last = days.getLast();
        out.printf(Locale.ROOT, "through %s: equity %.2f (%+.2f %%), cash %.2f, %d positions%n", last.date(), last.equity(),
                100 * (last.equity() / p.request().capital() - 1), last.cash(), last.positions());
        if (v.benchmark() != null) {
            double b = v.benchmark()[v.benchmark().length - 1];
            out.printf(Locale.ROOT, "benchmark %s buy-and-hold: %.2f (%+.2f %%)%n", p.request().benchmark(), b,
                    100 * (b / p.request().capital() - 1));
        }
        if (!v.ghosts().isEmpty()) {
            out.println("ghosts: " + String.join(", ", v.ghosts()));
        }
        if (!v.positions().isEmpty()) {
            out.println();
            Table t = new Table("symbol", "origin", "since", "shares", "entry", "last", "value", "unrealized", "stop", "pending");
            for (PaperService.Position x : v.positions()) {
                t.add(x.symbol(), x.origin(), x.entryDate().toString(), ShareCount.text(x.shares()), f2(x.entryPrice()),
                        f2(x.lastClose()), f2(x.value()), f2(x.unrealized()), Double.isNaN(x.stop()) ? "" : f2(x.stop()),
                        x.pendingExit() == null ? "" : "sell: " + x.pendingExit().toLowerCase(Locale.ROOT));
            }
            t.print(out);
        }
        List<TradePostMortem> pms = v.postMortems();
        if (!pms.isEmpty()) {
            out.printf("%npost-mortems (last %d of %d closed round trips):%n", Math.min(trips, pms.size()), pms.size());
            for (TradePostMortem m : pms.subList(Math.max(0, pms.size() - trips), pms.size())) {
                out.printf(Locale.ROOT, "%s %s -> %s %+.2f %%  MAE %.1f %%  MFE %+.1f %%  regime %s -> %s%n", m.symbol(),
                        m.entryDate(), m.exitDate(), 100 * m.returnPct(), 100 * m.mae(), 100 * m.mfe(), regime(m.regimeAtEntry()),
                        regime(m.regimeAtExit()));
                out.printf("    entry: %s%n    exit: %s%n    after: %s%n", m.entryReason(), m.exitNote(), m.verdict());
            }
        }
        out.flush();
    }

    private static String regime(Object r) {
        return r == null ? "unknown" : r.toString().toLowerCase(Locale.ROOT);
    }

    private static String f2(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static Map<String, Object> document(PaperService.PortfolioView v) {
        Map<String, Object> m = new LinkedHashMap<>();
        PaperPortfolio p = v.stored().portfolio();
        m.put("name", p.name());
        m.put("ghost_of", p.ghostOf());
        m.put("request", BacktestRequestMap.of(p.request()));
        m.put("active", v.stored().state().active());
        m.put("last_day", v.stored().state().lastDay() == null ? null : v.stored().state().lastDay().toString());
        m.put("days", v.history().days().stream().map(d -> Map.of("date", d.date().toString(), "equity", d.equity(),
                "cash", d.cash(), "positions", d.positions(), "strategy", d.strategy())).toList());
        m.put("positions", v.positions());
        m.put("post_mortems", v.postMortems().stream().map(PortfolioShowCommand::postMortem).toList());
        m.put("switches", v.history().switches());
        return m;
    }

    private static Map<String, Object> postMortem(TradePostMortem x) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", x.symbol());
        m.put("origin", x.origin());
        m.put("entry_date", x.entryDate().toString());
        m.put("exit_date", x.exitDate().toString());
        m.put("return", x.returnPct());
        m.put("entry_reason", x.entryReason());
        m.put("regime_at_entry", x.regimeAtEntry() == null ? null : x.regimeAtEntry().label());
        m.put("regime_at_exit", x.regimeAtExit() == null ? null : x.regimeAtExit().label());
        m.put("mae", x.mae());
        m.put("mfe", x.mfe());
        m.put("exit_reason", x.exitReason().name());
        m.put("exit_note", x.exitNote());
        m.put("bars_after", x.barsAfter());
        m.put("best_after", Double.isNaN(x.bestAfter()) ? null : x.bestAfter());
        m.put("worst_after", Double.isNaN(x.worstAfter()) ? null : x.worstAfter());
        m.put("verdict", x.verdict());
        return m;
    }
}
