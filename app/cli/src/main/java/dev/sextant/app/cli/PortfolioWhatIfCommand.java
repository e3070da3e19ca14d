package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.PaperService;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.BacktestResult;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"What if I had followed every signal of the portfolio's active strategy since --since: a backtest",
                "with the portfolio's symbols, capital, sizing and costs from that date to the newest bar (not saved)."})
final class PortfolioWhatIfCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Parameters(index = "0", paramLabel = "NAME", description = "Portfolio name.")
    String name;

    @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD", description = "First day to follow the signals.")
    String since;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var from = Times.date("--since", since);
        try (AppContext ctx = Root.of(spec).open(out)) {
            BacktestResult r = ctx.research().paper().whatIf(name, from);
            if (!json.toStdout()) {
                out.println(PaperService.describeWhatIf(r));
                out.flush();
            }
            long[] t = r.curve().time();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("portfolio", name);
            doc.put("strategy", r.request().strategyId());
            doc.put("from", t.length == 0 ? null : Times.iso(r.curve().timeframe(), t[0]));
            doc.put("to", t.length == 0 ? null : Times.iso(r.curve().timeframe(), t[t.length - 1]));
            doc.put("request", BacktestRequestMap.of(r.request()));
            doc.put("metrics", r.metrics().asMap());
            json.write(doc, out);
        }
        return 0;
    }
}
