package dev.sextant.app.ui.regime;

import dev.sextant.app.research.report.RegimeMetric;
import dev.sextant.app.research.report.StrategyRegimeCells;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.research.RegimeSplit;
import dev.sextant.app.research.ResearchServices;
import dev.sextant.app.ui.SeededHome;
import dev.sextant.app.ui.WorkspaceState;
import dev.sextant.app.ui.backtest.BacktestViewModel;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.plugin.testkit.DirectTaskRunner;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The regime panel's strategy × regime table: read from the saved backtests' stored splits, the latest run per strategy. */
class RegimeViewModelTest {

    private static long backtest(ResearchServices services, WorkspaceState ws, String strategy, String symbols) {
        BacktestViewModel bt = new BacktestViewModel(services, ws, ws.marks());
        bt.choices().strategy().set(strategy);
        bt.choices().symbols().text().set(symbols);
        bt.choices().from().text().set("2016-01-01");
        bt.runBacktest();
        return bt.run().get().id();
    }

    @Test
    void theTableHoldsTheLatestSavedSplitOfEachStrategyAsStored(@TempDir Path home) {
        try (AppContext ctx = SeededHome.open(home)) {
            ResearchServices services = ctx.research();
            WorkspaceState ws = new WorkspaceState(ctx.bars(), new DirectTaskRunner());
            RegimeViewModel vm = new RegimeViewModel(services, ws);

            vm.loadSplits();
            assertThat(vm.strategyCells().get().rows()).isEmpty();
            assertThat(vm.splitsStatus().get()).startsWith("No saved backtest has a split by regime yet");

            long older = backtest(services, ws, "sma-cross", "S001.SX, S002.SX");
            long donchian = backtest(services, ws, "donchian-breakout", "S001.SX, S002.SX, S003.SX");
            long latest = backtest(services, ws, "sma-cross", "S004.SX, S005.SX");
            vm.loadSplits();

            StrategyRegimeCells cells = vm.strategyCells().get();
            assertThat(cells.rows()).extracting(RegimeSplit::runId).containsExactly(latest, donchian).doesNotContain(older);
            assertThat(cells.rows()).extracting(RegimeSplit::strategy).containsExactly("sma-cross", "donchian-breakout");
            assertThat(cells.rows().getFirst().symbols()).isEqualTo(2);
            assertThat(vm.splitsStatus().get()).startsWith("The latest saved backtest of each of 2 strategies");
            // the cells are the stored split, not a new computation
            var stored = ctx.runs().byRegime(latest).orElseThrow();
            assertThat(cells.rows().getFirst().byRegime()).isEqualTo(stored);
            assertThat(cells.metric()).isEqualTo(RegimeMetric.ANNUAL_RETURN);
            MarketRegime busiest = stored.row().cells().stream()
                    .max(java.util.Comparator.comparingInt(c -> c.days())).orElseThrow().regime();
            var cell = stored.row().cell(busiest);
            assertThat(cell.days()).isGreaterThanOrEqualTo(RegimeMetric.MIN_DAYS);
            assertThat(cells.value(0, busiest))
                    .isCloseTo(Math.expm1(Math.log1p(cell.totalReturn()) * 252 / cell.days()), org.assertj.core.api.Assertions.within(1e-12));

            vm.metric().set(RegimeMetric.SHARPE);
            assertThat(vm.strategyCells().get().metric()).isEqualTo(RegimeMetric.SHARPE);
            assertThat(vm.strategyCells().get().value(0, busiest)).isEqualTo(cell.sharpe());
        }
    }
}
