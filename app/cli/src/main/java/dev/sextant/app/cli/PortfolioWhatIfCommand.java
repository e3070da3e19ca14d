package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.PaperService;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "whatif", mixinStandardHelpOptions = true,
        description = {"What if I had followed every signal of the portfolio's active strategy since --since: a backtest",
                "with the portfolio's symbols, capital, sizing and costs from that date to the newest bar (not saved)."})
final class PortfolioWhatIfCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", description = "Portfolio name.")
    String name;

    @Option(names = "--since", required = true, paramLabel = "YYYY-MM-DD", description = "First day to follow the signals.")
    String since;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var from = Times.date("--since", since);
        try (AppContext ctx = Root.of(spec).open(out)) {
            out.println(PaperService.describeWhatIf(ctx.research().paper().whatIf(name, from)));
            out.flush();
        }
        return 0;
    }
}
