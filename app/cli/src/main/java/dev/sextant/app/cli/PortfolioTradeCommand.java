package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.HandTrade;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "trade", mixinStandardHelpOptions = true,
        description = {"Enter a trade by hand. It is booked at the close of --date by the next update, after the",
                "strategy's own fills of that day; the date must be after the last processed day. A buy opens a",
                "position without stop or target (one per symbol; the strategy's exit signals still apply); a sell",
                "closes the whole position."})
final class PortfolioTradeCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Parameters(index = "0", paramLabel = "NAME", description = "Portfolio name.")
    String name;

    static final class Side {
        @Option(names = "--buy", required = true, description = "Buy.")
        boolean buy;

        @Option(names = "--sell", required = true, description = "Sell.")
        boolean sell;
    }

    @ArgGroup(exclusive = true, multiplicity = "1")
    Side side;

    @Option(names = "--date", required = true, paramLabel = "YYYY-MM-DD", description = "Trading day of the fill.")
    String date;

    @Option(names = "--symbol", required = true, paramLabel = "SYM", description = "Symbol (one the portfolio trades).")
    String symbol;

    @Option(names = "--shares", required = true, paramLabel = "N", description = "Whole shares.")
    long shares;

    @Option(names = "--price", required = true, paramLabel = "X", description = "Fill price.")
    double price;

    @Option(names = "--fee", defaultValue = "0", paramLabel = "X", description = "Commission (default: ${DEFAULT-VALUE}).")
    double fee;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var day = Times.date("--date", date);
        if (shares <= 0) {
            throw new UserError("--shares " + shares + ": must be positive");
        }
        if (!(price > 0)) {
            throw new UserError("--price " + price + ": must be positive");
        }
        if (!(fee >= 0)) {
            throw new UserError("--fee " + fee + ": must be 0 or more");
        }
        HandTrade trade = new HandTrade(day.toEpochDay(), symbol.trim(), side.buy ? Execution.Side.BUY : Execution.Side.SELL,
                shares, price, fee);
        try (AppContext ctx = Root.of(spec).open(out)) {
            ctx.research().paper().addHandTrade(name, trade);
            if (!json.toStdout()) {
                out.printf(Locale.ROOT, "recorded: %s %d %s at %.2f on %s; booked by the next ./sextant portfolio update %s%n",
                        side.buy ? "buy" : "sell", shares, trade.symbol(), price, day, name);
                out.flush();
            }
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("portfolio", name);
            doc.put("date", day.toString());
            doc.put("symbol", trade.symbol());
            doc.put("side", side.buy ? "buy" : "sell");
            doc.put("shares", shares);
            doc.put("price", price);
            doc.put("fee", fee);
            json.write(doc, out);
        }
        return 0;
    }
}
