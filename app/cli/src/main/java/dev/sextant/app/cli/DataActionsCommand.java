package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.CorporateActionRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "actions", mixinStandardHelpOptions = true,
        description = "List the splits and dividends recorded for a symbol: ex-date, type, amount as recorded (split"
                + " ratio new/old, dividend cash per share as paid) and a dividend's cash per share of today (divided by"
                + " the later splits: what a backtest with total returns credits per share).")
final class DataActionsCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SYMBOL", description = "A stored symbol.")
    String symbol;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String wanted = symbol.trim().toUpperCase(Locale.ROOT);
        try (AppContext ctx = Root.of(spec).open(out)) {
            if (ctx.bars().listSeries().stream().noneMatch(s -> s.symbol().equals(wanted))) {
                throw new UserError("no bars stored for " + wanted + " (see ./sextant data list)");
            }
            List<CorporateActionRow> rows = CorporateActionRow.of(ctx.data().actions(wanted));
            if (!json.toStdout()) {
                print(wanted, rows, out);
            }
            json.write(rows.stream().map(CorporateActionRow::asMap).toList(), out);
        }
        return 0;
    }

    private static void print(String symbol, List<CorporateActionRow> rows, PrintWriter out) {
        if (!rows.isEmpty()) {
            Table table = new Table("ex-date", "type", "amount", "per share today");
            rows.forEach(r -> table.add(r.exDate(), r.type(), r.amountText(), r.perShareTodayText()));
            table.print(out);
        }
        out.println(CorporateActionRow.summary(symbol, rows));
        out.flush();
    }
}
