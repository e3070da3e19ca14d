package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.io.PrintWriter;
import java.util.List;

/** What {@code ./sextant} prints where it cannot open a window: the database's content and how to use the CLI. */
final class StatusReport {

    private final AppContext ctx;

    StatusReport(AppContext ctx) {
        this.ctx = ctx;
    }

    void print(PrintWriter out) {
        List<SeriesInfo> series = ctx.bars().listSeries();
        out.println("Sextant home: " + ctx.home());
        if (series.isEmpty()) {
            out.println("The database holds no bars yet. Import some with: ./sextant data import PATH...");
        } else {
            for (Timeframe tf : Timeframe.values()) {
                List<SeriesInfo> of = series.stream().filter(s -> s.timeframe() == tf).toList();
                if (of.isEmpty()) {
                    continue;
                }
                long first = of.stream().mapToLong(SeriesInfo::firstTime).min().orElseThrow();
                long last = of.stream().mapToLong(SeriesInfo::lastTime).max().orElseThrow();
                out.printf("  %-3s %4d symbols %,12d bars  %s .. %s%n", tf.code(), of.size(),
                        of.stream().mapToLong(SeriesInfo::bars).sum(), Times.format(tf, first), Times.format(tf, last));
            }
            out.println("Universes: " + ctx.universes().names() + " (and 'all')");
        }
        out.println();
        out.println("Command line:");
        out.println("  ./sextant data list | import PATH... | verify | update   market data");
        out.println("  ./sextant scan --strategy dwap-breakout --universe sample-stocks");
        out.println("  ./sextant backtest --strategy sma-cross --universe sample-sectors");
        out.println("  ./sextant regime                      today's market regime and outlook");
        out.println("  ./sextant strategies                  the strategy catalog and parameters");
        out.println("  ./sextant --help                      every command; each has --help too");
        out.flush();
    }
}
