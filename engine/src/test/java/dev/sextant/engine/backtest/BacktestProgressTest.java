package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** A backtest reports one unit per symbol's signals, then per block of simulated days, and stops when cancelled. */
class BacktestProgressTest {

    private static final int DAYS = 1000;

    private static List<PriceColumns> bars() {
        List<PriceColumns> out = new ArrayList<>();
        for (int s = 0; s < 5; s++) {
            out.add(TestBars.synthetic("S" + s, DAYS, 50 + 10 * s, 0.0003 * (s - 2), 17 * s));
        }
        return out;
    }

    private static BacktestRequest request() {
        return BacktestRequest.builder("sma-cross", List.of("S0", "S1", "S2", "S3", "S4")).build();
    }

    record Report(long done, long total, String message) {
    }

    @Test
    void progressRisesPerSymbolThenPerBlockOfDaysToTheTotalAndChangesNothing() {
        for (int threads : new int[] {1, 2}) {
            List<Report> reports = new ArrayList<>();
            ProgressSink sink = (done, total, message) -> reports.add(new Report(done, total, message));
            BacktestResult withProgress = new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), threads)
                    .run(request(), bars(), sink, Cancellation.NEVER);
            BacktestResult plain = new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), threads).run(request(), bars());

            long total = 5 + DAYS;
            assertThat(reports).allSatisfy(r -> assertThat(r.total()).isEqualTo(total));
            assertThat(reports).extracting(Report::done).isSorted().startsWith(1L, 2L, 3L, 4L, 5L).endsWith(total);
            // every PROGRESS_DAYS days: after 256, 512 and 768 of the 1000 days, then the end
            assertThat(reports.subList(5, reports.size())).extracting(Report::done)
                    .containsExactly(5L + 256, 5L + 512, 5L + 768, total);
            assertThat(reports.get(0).message()).isEqualTo("signals of 1 of 5 symbols");
            assertThat(reports.get(5).message()).isEqualTo("simulating day 256 of 1000");
            assertThat(withProgress.curve().equity()).containsExactly(plain.curve().equity());
            assertThat(withProgress.roundTrips()).isEqualTo(plain.roundTrips());
        }
    }

    @Test
    void aCancelledRunStopsDuringTheSignalsOrTheSimulation() {
        PortfolioBacktester backtester = new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), 1);
        AtomicInteger reports = new AtomicInteger();
        // cancelled after the third symbol's signals
        assertThatThrownBy(() -> backtester.run(request(), bars(), (d, t, m) -> reports.incrementAndGet(),
                () -> reports.get() >= 3)).isInstanceOf(CancelledException.class);
        assertThat(reports.get()).isEqualTo(3);

        // cancelled in the simulation, at the first block of days
        AtomicInteger simulated = new AtomicInteger();
        assertThatThrownBy(() -> backtester.run(request(), bars(), (d, t, m) -> {
            if (m.startsWith("simulating")) {
                simulated.incrementAndGet();
            }
        }, () -> simulated.get() >= 1)).isInstanceOf(CancelledException.class);
        assertThat(simulated.get()).isEqualTo(1);
    }
}
