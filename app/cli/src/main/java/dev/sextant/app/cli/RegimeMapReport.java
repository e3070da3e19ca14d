package dev.sextant.app.cli;

import dev.sextant.app.research.BacktestService.RegimeMapOutcome;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.metrics.MetricSet;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.PaperDay;
import dev.sextant.engine.paper.PaperTrip;
import dev.sextant.engine.paper.RegimeMapBacktest;
import dev.sextant.engine.paper.StrategySwitch;
import dev.sextant.engine.regime.RegimeModel;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * A regime-map backtest for people and for {@code --json}: the map, where the regimes came from,
 * the metrics beside those of each mapped strategy alone, the switches and, per day, the label traded.
 */
final class RegimeMapReport {

    private RegimeMapReport() {
    }

    static void print(RegimeMapOutcome o, String file, PrintWriter out) {
        RegimeMapBacktest.Result r = o.result();
        List<PaperDay> days = r.days();
        out.printf(Locale.ROOT, "regime map %s (rebalance %s) on %d symbol(s), %s .. %s, %d days; regimes of %s%s%n", file,
                o.plan().rebalance().text(), o.request().symbols().size(), days.getFirst().date(), days.getLast().date(),
                days.size(), o.regimeSymbols().index(),
                o.regimeSymbols().volatility() == null ? "" : " with " + o.regimeSymbols().volatility());
        Map<String, Integer> count = daysByLabel(days);
        Table map = new Table("regime", "trades");
        o.plan().map().table().forEach(map::add);
        map.print(out);
        out.print("  days traded:");
        count.forEach((label, n) -> out.printf(Locale.ROOT, " %s %d;", label, n));
        out.printf(Locale.ROOT, " %d switches%n", r.switches().size());
        Table t = new Table("strategy", "final equity", "total return", "CAGR", "Sharpe", "max drawdown", "trades");
        t.add("regime map", money(r.days().getLast().equity()), pct(r.totalReturn()), pct(r.cagr()), num(r.sharpe()),
                pct(r.maxDrawdown()), String.valueOf(r.trades().size()));
        o.alone().forEach((label, b) -> {
            MetricSet m = b.metrics();
            t.add(label + " alone", money(m.finalEquity()), pct(m.totalReturn()), pct(m.cagr()), num(m.sharpe()),
                    pct(m.maxDrawdown()), String.valueOf(m.trades()));
        });
        t.print(out);
        out.println("  (not saved as a run; --json writes the map, the switches and the strategy of every day)");
        out.flush();
    }

    static Map<String, Object> document(RegimeMapOutcome o, String file) {
        RegimeMapBacktest.Result r = o.result();
        Map<String, Object> doc = new LinkedHashMap<>();
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("file", file);
        map.put("rebalance", o.plan().rebalance().text());
        map.put("regimes", o.plan().map().table());
        Map<String, Object> strategies = new LinkedHashMap<>();
        for (Candidate c : o.plan().candidates()) {
            strategies.put(c.label(), Map.of("strategy", c.strategyId(), "params", new TreeMap<>(c.params())));
        }
        map.put("strategies", strategies);
        doc.put("regime_map", map);
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("index", o.regimeSymbols().index());
        source.put("volatility", o.regimeSymbols().volatility());
        source.put("model_version", RegimeModel.VERSION);
        source.put("decision", "a regime known at a rebalance close picks the strategy traded from the next day");
        doc.put("regime_source", source);
        doc.put("request", BacktestRequestMap.of(o.request()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("final_equity", r.days().getLast().equity());
        metrics.put("total_return", r.totalReturn());
        metrics.put("cagr", r.cagr());
        metrics.put("sharpe", r.sharpe());
        metrics.put("max_drawdown", r.maxDrawdown());
        metrics.put("trades", r.trades().size());
        metrics.put("days_by_strategy", daysByLabel(r.days()));
        doc.put("metrics", metrics);
        Map<String, Object> alone = new LinkedHashMap<>();
        for (Map.Entry<String, BacktestResult> e : o.alone().entrySet()) {
            alone.put(e.getKey(), e.getValue().metrics().asMap());
        }
        doc.put("alone", alone);
        List<Map<String, Object>> switches = new ArrayList<>();
        for (StrategySwitch s : r.switches()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", s.date().toString());
            m.put("regime", s.regime());
            m.put("from", s.from());
            m.put("to", s.to());
            m.put("reason", s.reason());
            switches.add(m);
        }
        doc.put("switches", switches);
        List<Map<String, Object>> days = new ArrayList<>();
        for (PaperDay d : r.days()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", d.date().toString());
            m.put("equity", d.equity());
            m.put("positions", d.positions());
            m.put("strategy", d.strategy());
            days.add(m);
        }
        doc.put("days", days);
        List<Map<String, Object>> executions = new ArrayList<>();
        for (Execution e : r.executions()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", LocalDate.ofEpochDay(e.time()).toString());
            m.put("symbol", e.symbol());
            m.put("side", e.side().name().toLowerCase(Locale.ROOT));
            m.put("shares", e.shares());
            m.put("price", e.price());
            executions.add(m);
        }
        doc.put("executions", executions);
        List<Map<String, Object>> trips = new ArrayList<>();
        for (PaperTrip p : r.trades()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("symbol", p.trip().symbol());
            m.put("entry", LocalDate.ofEpochDay(p.trip().entryTime()).toString());
            m.put("exit", LocalDate.ofEpochDay(p.trip().exitTime()).toString());
            m.put("pnl", p.trip().pnl());
            m.put("opened_by", p.origin());
            trips.add(m);
        }
        doc.put("round_trips", trips);
        return doc;
    }

    private static Map<String, Integer> daysByLabel(List<PaperDay> days) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (PaperDay d : days) {
            out.merge(d.strategy(), 1, Integer::sum);
        }
        return out;
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%+.2f %%", 100 * v);
    }

    private static String num(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }
}
