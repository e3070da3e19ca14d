package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.market.verify.BarVerifier;
import dev.sextant.engine.market.verify.FindingKind;
import dev.sextant.engine.market.verify.FindingTable;
import dev.sextant.engine.market.verify.VerificationReport;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "verify", mixinStandardHelpOptions = true,
        description = {"Check stored bars: calendar gaps, zero volume, OHLC violations, suspicious jumps (>35 %%"
                + " close to close) and split-like jumps.", "Prints counts per kind and the findings."})
final class DataVerifyCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Option(names = "--symbols", split = ",", paramLabel = "A,B", description = "Only these symbols (default: all).")
    List<String> symbols;

    @Option(names = "--limit", defaultValue = "50", paramLabel = "N",
            description = "Show at most N findings per kind on the terminal (default: ${DEFAULT-VALUE}; JSON has all).")
    int limit;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<PriceColumns> series = ctx.data().listSeries().stream()
                    .filter(s -> symbols == null || symbols.contains(s.symbol()))
                    .map(s -> load(ctx, s))
                    .toList();
            if (symbols != null && series.isEmpty()) {
                throw new UserError("none of " + symbols + " is in the database (see ./sextant data list)");
            }
            VerificationReport report = new BarVerifier().verify(series);
            if (!json.toStdout()) {
                print(report, series.size(), out);
            }
            json.write(report, out);
        }
        return 0;
    }

    private static PriceColumns load(AppContext ctx, SeriesInfo s) {
        return ctx.bars().load(s.symbol(), s.timeframe()).orElseThrow();
    }

    private void print(VerificationReport report, int seriesCount, PrintWriter out) {
        Map<FindingKind, Integer> counts = report.countsByKind();
        out.printf("verified %d series: %d findings%n", seriesCount, report.findings().size());
        counts.forEach((kind, n) -> out.printf("  %-16s %,d%n", kind, n));
        for (FindingKind kind : counts.keySet()) {
            var of = report.ofKind(kind);
            if (of.isEmpty()) {
                continue;
            }
            out.println();
            out.print(FindingTable.render(of.subList(0, Math.min(limit, of.size()))));
            if (of.size() > limit) {
                out.printf("... and %,d more %s (use --limit or --json)%n", of.size() - limit, kind);
            }
        }
        out.flush();
    }
}
