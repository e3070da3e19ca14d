package dev.sextant.data.run;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.db.Database;
import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A saved run reads back as it was run, on a real H2 file. */
class JooqBacktestRunRepositoryTest {

    @TempDir
    Path home;

    @Test
    void aRunWithManyTradesAndAnOpenPositionReadsBackExactly() {
        List<PriceColumns> bars = new ArrayList<>();
        for (int k = 0; k < 6; k++) {
            bars.add(TestBars.synthetic("S" + k, 900, 40 + 5 * k, 0.01 * k, 7 * k)); // prices stay above 20
        }
        BacktestRequest request = BacktestRequest.builder("sma-cross", bars.stream().map(PriceColumns::symbol).toList())
                .params(Map.of("fast", 3, "slow", 8)).maxPositions(4).build();
        BacktestResult run = new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), 1).run(request, bars);
        assertThat(run.roundTrips()).hasSizeGreaterThan(100);
        assertThat(run.roundTrips()).as("an open position: exit time, price and reason are null")
                .anyMatch(RoundTrip::isOpen);
        assertThat(run.executions()).anyMatch(e -> e.reason() == null).anyMatch(e -> e.reason() != null);

        try (Database db = Database.open(home)) {
            JooqBacktestRunRepository runs = new JooqBacktestRunRepository(db.dsl());
            long id = runs.save(run, Instant.parse("2026-12-07T04:00:00Z"), Instant.parse("2026-12-07T04:00:01Z"));
            SavedRun back = runs.find(id).orElseThrow();

            List<Execution> executions = back.result().executions();
            assertThat(executions).containsExactlyElementsOf(run.executions());
            assertThat(back.result().roundTrips()).containsExactlyElementsOf(run.roundTrips());
            assertThat(back.result().curve().equity()).containsExactly(run.curve().equity());
        }
    }
}
