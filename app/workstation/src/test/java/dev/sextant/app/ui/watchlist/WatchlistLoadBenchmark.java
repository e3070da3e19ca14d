package dev.sextant.app.ui.watchlist;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.WatchlistService;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.engine.watchlist.Watchlist;
import dev.sextant.engine.watchlist.WatchlistRow;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the Watchlist panel waits for on the sample market: loading the rows of a 120-symbol list (each symbol's daily
 * bars read from the store, then last close, change, volume and sparkline), first and repeated; and one edit (a move,
 * one H2 transaction rewriting the list). Targets: a 120-symbol list in under 1 s once warm, an edit in under 50 ms
 * (median). Run with {@code ./mvnw -pl app/workstation -am test -Dtest=WatchlistLoadBenchmark -Dgroups=benchmark
 * -Dui.excludedGroups= -Dsurefire.failIfNoSpecifiedTests=false}; it prints its numbers.
 */
@Tag("benchmark")
class WatchlistLoadBenchmark {

    @TempDir
    Path home;

    @Test
    void rowsOfA120SymbolListAndEdits() {
        try (AppContext ctx = SeededHome.open(home)) {
            WatchlistService service = ctx.watchlists();
            Watchlist list = service.saveUniverse("sample-stocks", "stocks");
            assertThat(list.symbols()).hasSize(120);

            long t0 = System.nanoTime();
            List<WatchlistRow> rows = service.rows(list);
            double firstMs = (System.nanoTime() - t0) / 1e6;
            assertThat(rows).hasSize(120).allMatch(WatchlistRow::hasBars);
            double[] warm = new double[10];
            for (int i = 0; i < warm.length; i++) {
                long t = System.nanoTime();
                service.rows(service.show("stocks"));
                warm[i] = (System.nanoTime() - t) / 1e6;
            }
            double[] edits = new double[200];
            for (int i = 0; i < edits.length; i++) {
                long t = System.nanoTime();
                service.move("stocks", list.symbols().get(i % 120), (i * 37) % 120);
                edits[i] = (System.nanoTime() - t) / 1e6;
            }
            double warmMedian = median(warm);
            double editMedian = median(edits);
            System.out.printf(Locale.ROOT, "watchlist of 120 symbols: rows first %.0f ms, warm median %.0f ms; "
                    + "edit (move, one transaction) median %.1f ms, p95 %.1f ms%n", firstMs, warmMedian, editMedian, p95(edits));
            assertThat(warmMedian).isLessThan(1000);
            assertThat(editMedian).isLessThan(50);
        }
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double p95(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[(int) Math.ceil(0.95 * s.length) - 1];
    }
}
