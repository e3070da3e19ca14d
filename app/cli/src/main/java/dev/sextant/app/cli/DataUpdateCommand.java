package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.market.update.SymbolUpdate;
import dev.sextant.engine.market.update.UpdateReport;
import dev.sextant.engine.market.update.UpdateStatus;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.market.Timeframe;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "update", mixinStandardHelpOptions = true,
        description = {"Fetch what is missing from a market-data provider: bars after the last stored one, splits and dividends.",
                "Each symbol is one transaction; a failing symbol is reported and the others go on.",
                "Exits 1 only when no symbol could be updated (for example without a network)."})
final class DataUpdateCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--symbols", split = ",", paramLabel = "A,B", description = "Symbols to update.")
    List<String> symbols;

    @Option(names = "--universe", paramLabel = "U",
            description = "Update every member (past and present) of this universe ('all' is every instrument).")
    String universe;

    @Option(names = "--provider", paramLabel = "ID",
            description = "yahoo, stooq, alphavantage or polygon (default: setting provider.default, else yahoo).")
    String provider;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Fetch from this date instead of after the last stored bar.")
    LocalDate from;

    @Option(names = "--timeframe", paramLabel = "TF", defaultValue = "1d", description = "1d, 1h, 30m, 15m, 5m or 1m (default: ${DEFAULT-VALUE}).")
    String timeframe;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Timeframe tf = Timeframe.ofCode(timeframe);
        if (!tf.isStorable()) {
            throw new UserError("--timeframe " + tf.code() + ": weekly and monthly bars are built from 1d bars, never stored;"
                    + " update 1d instead");
        }
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<String> wanted = symbols(ctx, tf);
            if (wanted.isEmpty()) {
                throw new UserError("nothing to update: no stored " + tf.code() + " series; name symbols with --symbols or --universe");
            }
            UpdateReport report = ctx.data().update(provider, wanted, tf, from, TerminalProgress.onStderr(), Cancellation.NEVER);
            if (!report.offlineNotice().isEmpty()) {
                err.println(report.offlineNotice());
            }
            report.symbols().stream().filter(s -> s.status() == UpdateStatus.FAILED)
                    .forEach(s -> err.println("failed " + s.message()));
            err.flush();
            if (!json.toStdout()) {
                print(report, out);
            }
            json.write(report, out);
            return report.nothingUpdated() ? 1 : 0;
        }
    }

    private List<String> symbols(AppContext ctx, Timeframe tf) {
        if (symbols != null && universe != null) {
            throw new UserError("use either --symbols or --universe, not both");
        }
        if (symbols != null) {
            return symbols.stream().map(s -> s.strip().toUpperCase(Locale.ROOT)).filter(s -> !s.isEmpty()).distinct().toList();
        }
        if (universe != null) {
            return ctx.data().universeMembers(universe);
        }
        return ctx.data().updatable(tf);
    }

    private static void print(UpdateReport report, PrintWriter out) {
        Table table = new Table("symbol", "status", "from", "new", "changed", "splits", "dividends", "last bar", "problem");
        for (SymbolUpdate s : report.symbols()) {
            table.add(s.symbol(), s.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), s.from(),
                    Integer.toString(s.added()), Integer.toString(s.changed()), Integer.toString(s.splits()),
                    Integer.toString(s.dividends()), s.lastBar(), s.message());
        }
        table.print(out);
        out.printf("%s %s: %d updated, %d up to date, %d failed, %d not attempted (offline) in %.1f s%s%n",
                report.provider(), report.timeframe(), report.count(UpdateStatus.UPDATED), report.count(UpdateStatus.UP_TO_DATE),
                report.count(UpdateStatus.FAILED), report.count(UpdateStatus.OFFLINE), report.elapsedMillis() / 1e3,
                report.cancelled() ? " (cancelled)" : "");
        out.flush();
    }
}
