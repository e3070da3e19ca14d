package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.PaperService;
import dev.sextant.engine.paper.StrategySwitch;
import dev.sextant.engine.paper.SwitchingBacktest;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "switches", mixinStandardHelpOptions = true,
        description = {"The switch log of a portfolio: each switch with the scores before (the strategy given up) and",
                "after (the one taken), every candidate's score and the reason. With --backtest-from DATE: backtest the",
                "portfolio's switching rule over its candidates instead (return-stream model: the switched portfolio",
                "earns the return of the strategy active at the previous close; no cost for changing books)."})
final class PortfolioSwitchesCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Parameters(index = "0", paramLabel = "NAME", description = "Portfolio name.")
    String name;

    @Option(names = "--backtest-from", paramLabel = "YYYY-MM-DD", description = "Backtest the switching rule from this date.")
    String backtestFrom;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "With --backtest-from: last date (default: newest bar).")
    String to;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var from = Times.date("--backtest-from", backtestFrom);
        var last = Times.date("--to", to);
        if (from == null && last != null) {
            throw new UserError("--to only works with --backtest-from");
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            PaperService paper = ctx.research().paper();
            if (from == null) {
                List<StrategySwitch> log = paper.view(name).history().switches();
                String active = paper.get(name).state().active();
                if (!json.toStdout()) {
                    if (log.isEmpty()) {
                        out.printf("portfolio %s has not switched (active: %s)%n", name, active);
                    }
                    print(log, out);
                }
                Map<String, Object> doc = new LinkedHashMap<>();
                doc.put("portfolio", name);
                doc.put("active", active);
                doc.put("switches", log.stream().map(PortfolioSwitchesCommand::document).toList());
                json.write(doc, out);
                return 0;
            }
            SwitchingBacktest.Result r = paper.backtestSwitching(name, from, last);
            LocalDate first = LocalDate.ofEpochDay(r.time()[0]);
            LocalDate end = LocalDate.ofEpochDay(r.time()[r.time().length - 1]);
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("portfolio", name);
            doc.put("from", first.toString());
            doc.put("to", end.toString());
            doc.put("total_return", r.totalReturn());
            doc.put("sharpe", r.sharpe());
            doc.put("max_drawdown", r.maxDrawdown());
            doc.put("switches", r.switches().stream().map(PortfolioSwitchesCommand::document).toList());
            json.write(doc, out);
            if (json.toStdout()) {
                return 0;
            }
            out.printf(Locale.ROOT, "switching backtest of %s from %s to %s: total return %+.2f %%, Sharpe %s, max drawdown %.2f %%, %d switches%n",
                    name, first, end,
                    100 * r.totalReturn(), r.sharpe() == null ? "-" : String.format(Locale.ROOT, "%.2f", r.sharpe()),
                    100 * r.maxDrawdown(), r.switches().size());
            print(r.switches(), out);
        }
        return 0;
    }

    private static Map<String, Object> document(StrategySwitch s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("date", s.date().toString());
        m.put("from", s.from());
        m.put("to", s.to());
        m.put("score_before", Double.isNaN(s.fromScore()) ? null : s.fromScore());
        m.put("score_after", Double.isNaN(s.toScore()) ? null : s.toScore());
        m.put("regime", s.regime());
        m.put("reason", s.reason());
        return m;
    }

    /** A switch by regime has no scores ("-"). */
    private static String score(double v) {
        return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }

    private static void print(List<StrategySwitch> log, PrintWriter out) {
        if (log.isEmpty()) {
            out.flush();
            return;
        }
        Table t = new Table("date", "from", "to", "score before", "score after", "regime", "reason");
        for (StrategySwitch s : log) {
            t.add(s.date().toString(), s.from(), s.to(), score(s.fromScore()), score(s.toScore()),
                    s.regime() == null ? "all days" : s.regime(), s.reason());
        }
        t.print(out);
    }
}
