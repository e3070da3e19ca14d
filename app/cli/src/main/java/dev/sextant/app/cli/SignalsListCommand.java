package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.scan.SignalStatus;
import dev.sextant.engine.scan.StoredSignal;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true, description = "Saved signals, newest first.")
final class SignalsListCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--status", paramLabel = "S", description = "Only active, executed or expired signals.")
    String status;

    @Mixin
    JsonOutput json;

    record Row(String id, String strategy, String symbol, String date, Double price, Double stop, Double target,
            boolean strong, String status, String expires_on) {
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        SignalStatus filter = status == null ? null : SignalStatus.ofCode(status);
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<StoredSignal> signals = ctx.signals().list(filter);
            if (!json.toStdout()) {
                Table table = new Table("id", "strategy", "symbol", "date", "price", "stop", "target", "strong", "status", "expires");
                for (StoredSignal s : signals) {
                    table.add(s.id(), s.strategyId(), s.symbol(), s.date().toString(), num(s.price()), num(s.stop()),
                            num(s.target()), s.strong() ? "yes" : "", s.status().code(), s.expiresOn().toString());
                }
                table.print(out);
                out.printf("%d signal(s)%n", signals.size());
                out.flush();
            }
            json.write(signals.stream().map(s -> new Row(s.id(), s.strategyId(), s.symbol(), s.date().toString(),
                    finite(s.price()), finite(s.stop()), finite(s.target()), s.strong(), s.status().code(),
                    s.expiresOn().toString())).toList(), out);
        }
        return 0;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }

    private static String num(double v) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, "%.2f", v) : "";
    }
}
