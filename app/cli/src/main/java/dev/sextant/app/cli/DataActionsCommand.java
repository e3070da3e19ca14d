package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.engine.market.CorporateAction;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

    /** @param perShareToday a dividend's cash per share of today; null for a split */
    record Row(String exDate, String type, double amount, Double perShareToday) {

        /** The JSON form: {@code ex_date, type, amount, per_share_today}. */
        Map<String, Object> asMap() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("ex_date", exDate);
            m.put("type", type);
            m.put("amount", amount);
            m.put("per_share_today", perShareToday);
            return m;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        String wanted = symbol.trim().toUpperCase(Locale.ROOT);
        try (AppContext ctx = Root.of(spec).open(out)) {
            if (ctx.bars().listSeries().stream().noneMatch(s -> s.symbol().equals(wanted))) {
                throw new UserError("no bars stored for " + wanted + " (see ./sextant data list)");
            }
            List<CorporateAction> actions = ctx.data().actions(wanted);
            List<Row> rows = actions.stream().map(a -> new Row(a.exDate().toString(), a.type().code(), a.amount(),
                    a.isSplit() ? null : a.perShareToday(actions))).toList();
            if (!json.toStdout()) {
                print(wanted, rows, out);
            }
            json.write(rows.stream().map(Row::asMap).toList(), out);
        }
        return 0;
    }

    private static void print(String symbol, List<Row> rows, PrintWriter out) {
        if (rows.isEmpty()) {
            out.printf("no splits or dividends recorded for %s%n", symbol);
            out.flush();
            return;
        }
        Table table = new Table("ex-date", "type", "amount", "per share today");
        rows.forEach(r -> table.add(r.exDate(), r.type(), plain(r.amount()),
                r.perShareToday() == null ? "" : plain(r.perShareToday())));
        table.print(out);
        long splits = rows.stream().filter(r -> r.perShareToday() == null).count();
        out.printf("%s: %d splits, %d dividends%n", symbol, splits, rows.size() - splits);
        out.flush();
    }

    /** At most 6 decimals, without trailing zeros: {@code 4}, {@code 0.22}, {@code 0.055}. */
    private static String plain(double v) {
        return new BigDecimal(v).setScale(6, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
