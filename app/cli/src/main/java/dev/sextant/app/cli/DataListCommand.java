package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.market.SeriesInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List stored series: symbol, timeframe, first, last, bars.")
final class DataListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    record Row(String symbol, String timeframe, String first, String last, long bars) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<Row> rows = ctx.bars().listSeries().stream().map(DataListCommand::row).toList();
            if (!json.toStdout()) {
                print(rows, out);
            }
            json.write(rows, out);
        }
        return 0;
    }

    private static Row row(SeriesInfo s) {
        return new Row(s.symbol(), s.timeframe().code(), Times.format(s.timeframe(), s.firstTime()),
                Times.format(s.timeframe(), s.lastTime()), s.bars());
    }

    private static void print(List<Row> rows, PrintWriter out) {
        Table table = new Table("symbol", "tf", "first", "last", "bars");
        rows.forEach(r -> table.add(r.symbol(), r.timeframe(), r.first(), r.last(), String.format("%,d", r.bars())));
        table.print(out);
        out.printf("%d series, %,d bars%n", rows.size(), rows.stream().mapToLong(Row::bars).sum());
    }
}
