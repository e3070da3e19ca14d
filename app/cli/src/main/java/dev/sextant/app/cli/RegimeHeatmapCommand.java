package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.RegimeSplit;
import dev.sextant.app.research.report.RegimeMetric;
import dev.sextant.app.research.report.StrategyRegimeCells;
import dev.sextant.engine.regime.MarketRegime;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "heatmap", mixinStandardHelpOptions = true,
        description = {"The regime panel's strategy x regime table: for each strategy its newest saved backtest with a",
                "split by regime (by_regime, as stored with the run), and per regime the chosen metric of the days in it.",
                "Return and Sharpe need at least " + RegimeMetric.MIN_DAYS + " days in a regime, the win rate a trade entered;",
                "'-' marks a cell without a value."})
final class RegimeHeatmapCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--metric", paramLabel = "M", defaultValue = "annual-return",
            description = "annual-return, sharpe, total-return or win-rate (default: ${DEFAULT-VALUE}).")
    String metric;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RegimeMetric m;
        try {
            m = RegimeMetric.ofCode(metric);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            StrategyRegimeCells cells = StrategyRegimeCells.of(ctx.research().backtests().latestRegimeSplits(), m);
            if (!json.toStdout()) {
                print(cells, out);
            }
            json.write(document(cells), out);
        }
        return 0;
    }

    private static void print(StrategyRegimeCells cells, PrintWriter out) {
        if (cells.rows().isEmpty()) {
            out.println("no saved backtest has a split by regime yet: run ./sextant regime, then ./sextant backtest");
            out.flush();
            return;
        }
        List<String> header = new ArrayList<>(List.of("strategy", "run"));
        for (MarketRegime r : MarketRegime.values()) {
            header.add(r.label());
        }
        Table table = new Table(header.toArray(String[]::new));
        for (int row = 0; row < cells.rows().size(); row++) {
            RegimeSplit split = cells.rows().get(row);
            List<String> line = new ArrayList<>(List.of(split.strategy(), Long.toString(split.runId())));
            for (MarketRegime r : MarketRegime.values()) {
                String text = cells.text(row, r);
                line.add(text.equals("–") ? "-" : text);
            }
            table.add(line.toArray(String[]::new));
        }
        out.println(cells.metric() + " by market regime (newest run per strategy):");
        table.print(out);
        out.flush();
    }

    private static Map<String, Object> document(StrategyRegimeCells cells) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (int row = 0; row < cells.rows().size(); row++) {
            RegimeSplit split = cells.rows().get(row);
            Map<String, Object> values = new LinkedHashMap<>();
            for (MarketRegime r : MarketRegime.values()) {
                values.put(r.label(), cells.value(row, r));
            }
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("strategy", split.strategy());
            m.put("run", split.runId());
            m.put("symbols", split.symbols());
            m.put("values", values);
            rows.add(m);
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("metric", cells.metric().code());
        doc.put("regimes", java.util.Arrays.stream(MarketRegime.values()).map(MarketRegime::label).toList());
        doc.put("rows", rows);
        return doc;
    }
}
