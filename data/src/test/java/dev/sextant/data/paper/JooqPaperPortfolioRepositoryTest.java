package dev.sextant.data.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.HandTrade;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.PaperHistory;
import dev.sextant.engine.paper.PaperPortfolio;
import dev.sextant.engine.paper.PaperState;
import dev.sextant.engine.paper.PaperTrader;
import dev.sextant.engine.paper.PaperUpdate;
import dev.sextant.engine.paper.StoredPaperPortfolio;
import dev.sextant.engine.paper.SwitchingRule;
import dev.sextant.engine.paper.RegimeMap;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Paper portfolios in a real H2 file: append-only history, one transaction per update, clear refusals. */
class JooqPaperPortfolioRepositoryTest {

    private static final LocalDate DAY0 = LocalDate.of(2022, 1, 3);

    @TempDir
    Path home;

    private final PaperTrader trader = new PaperTrader(new PortfolioBacktester(StrategyCatalog.load(), new SignalCache(), 1));

    /** Wiggly daily series of {@code n} consecutive days; closes times {@code factor} before bar {@code revisedBefore}. */
    private static PriceColumns series(String symbol, int n, int phase, double factor, int revisedBefore) {
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = DAY0.toEpochDay() + i;
            c[i] = (100 + 8 * Math.sin((i + phase) / 6.0) + 3 * Math.sin((i + phase) / 2.1)) * (i < revisedBefore ? factor : 1);
            o[i] = i == 0 ? c[0] : c[i - 1] + 0.2;
            h[i] = Math.max(o[i], c[i]) + 0.5;
            l[i] = Math.min(o[i], c[i]) - 0.5;
        }
        return new PriceColumns(symbol, Timeframe.DAILY, t, o, h, l, c, c.clone(), new double[n]);
    }

    private static List<PriceColumns> bars(int n, double factor, int revisedBefore) {
        return List.of(series("AAA", n, 0, factor, revisedBefore), series("BBB", n, 7, factor, revisedBefore));
    }

    private static PaperPortfolio portfolio(String name) {
        BacktestRequest r = BacktestRequest.builder("sma-cross", List.of("AAA", "BBB")).params(Map.of("fast", 3, "slow", 8))
                .from(DAY0.plusDays(10)).capital(50_000).maxPositions(2).build();
        return new PaperPortfolio(name, r, null, List.of(), null);
    }

    private PaperUpdate update(JooqPaperPortfolioRepository repo, String name, List<PriceColumns> bars, LocalDate through) {
        StoredPaperPortfolio s = repo.find(name).orElseThrow();
        PaperUpdate u = trader.update(s.portfolio(), s.state(), bars, through, new TreeMap<>());
        repo.append(name, s.state(), u);
        return u;
    }

    @Test
    void savedDaysStayAsDecidedWhenLaterDataArrivesAndOldBarsAreRevised() {
        PaperHistory first;
        try (Database db = Database.open(home)) {
            JooqPaperPortfolioRepository repo = new JooqPaperPortfolioRepository(db.dsl());
            repo.create(portfolio("live"));
            assertThat(repo.find("live").orElseThrow().state().lastDay()).isNull();
            update(repo, "live", bars(60, 1, 0), DAY0.plusDays(59));
            first = repo.history("live");
            assertThat(first.days()).hasSize(50);
            assertThat(first.executions()).isNotEmpty();
            assertThat(first.trips()).isNotEmpty();
        }
        try (Database db = Database.open(home)) {
            JooqPaperPortfolioRepository repo = new JooqPaperPortfolioRepository(db.dsl());
            StoredPaperPortfolio reopened = repo.find("live").orElseThrow();
            assertThat(reopened.state().lastDay()).isEqualTo(DAY0.plusDays(59));
            assertThat(reopened.updatedAt()).isNotNull();
            // the vendor revises every bar before day 55 by +20 % and 30 new days arrive
            PaperUpdate second = update(repo, "live", bars(90, 1.2, 55), DAY0.plusDays(89));
            assertThat(second.days().getFirst().date()).isEqualTo(DAY0.plusDays(60));
            PaperHistory now = repo.history("live");
            assertThat(now.days()).hasSize(80);
            assertThat(now.days().subList(0, 50)).isEqualTo(first.days());
            assertThat(now.executions().subList(0, first.executions().size())).isEqualTo(first.executions());
            assertThat(now.trips().subList(0, first.trips().size())).isEqualTo(first.trips());
        }
    }

    @Test
    void aStaleOrFailingUpdateWritesNothing() {
        try (Database db = Database.open(home)) {
            JooqPaperPortfolioRepository repo = new JooqPaperPortfolioRepository(db.dsl());
            repo.create(portfolio("p"));
            StoredPaperPortfolio before = repo.find("p").orElseThrow();
            PaperUpdate u1 = trader.update(before.portfolio(), before.state(), bars(40, 1, 0), DAY0.plusDays(39), new TreeMap<>());
            repo.append("p", before.state(), u1);
            PaperHistory saved = repo.history("p");

            // computed from the old state: refused, nothing written
            PaperUpdate stale = trader.update(before.portfolio(), before.state(), bars(45, 1, 0), DAY0.plusDays(44), new TreeMap<>());
            assertThatThrownBy(() -> repo.append("p", before.state(), stale)).isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("portfolio 'p' was updated meanwhile (now through " + DAY0.plusDays(39));
            // a day saved already cannot be written again: the whole update rolls back
            StoredPaperPortfolio current = repo.find("p").orElseThrow();
            PaperUpdate next = trader.update(current.portfolio(), current.state(), bars(45, 1, 0), DAY0.plusDays(44), new TreeMap<>());
            PaperUpdate clash = new PaperUpdate(List.of(next.days().getFirst(), saved.days().getLast()), next.executions(),
                    next.closedTrips(), List.of(), next.after());
            assertThatThrownBy(() -> repo.append("p", current.state(), clash)).isInstanceOf(RuntimeException.class);
            assertThat(repo.history("p")).isEqualTo(saved);
            assertThat(repo.find("p").orElseThrow().state()).isEqualTo(current.state());
        }
    }

    @Test
    void handTradesAndGhostsAreCheckedAndKept() {
        try (Database db = Database.open(home)) {
            JooqPaperPortfolioRepository repo = new JooqPaperPortfolioRepository(db.dsl());
            repo.create(portfolio("live"));
            assertThatThrownBy(() -> repo.create(portfolio("live"))).hasMessage("portfolio 'live' already exists");
            BacktestRequest alt = portfolio("x").request().withStrategy("sma-cross", Map.of("fast", 5, "slow", 12));
            assertThatThrownBy(() -> repo.create(new PaperPortfolio("g", alt, "nope", List.of(), null)))
                    .hasMessage("ghost-of: no portfolio named 'nope'");
            repo.create(new PaperPortfolio("ghost", alt, "live", List.of(), null));
            assertThat(repo.ghostsOf("live")).containsExactly("ghost");
            repo.create(new PaperPortfolio("switcher", portfolio("x").request(), null,
                    List.of(new Candidate("sma-cross", "sma-cross", Map.of("fast", 3, "slow", 8)),
                            new Candidate("slow", "sma-cross", Map.of("fast", 10, "slow", 30))),
                    new SwitchingRule(20, 5, 10, true)));
            StoredPaperPortfolio sw = repo.find("switcher").orElseThrow();
            assertThat(sw.portfolio().switching()).isEqualTo(new SwitchingRule(20, 5, 10, true));
            assertThat(sw.portfolio().candidates()).extracting(Candidate::label).containsExactly("sma-cross", "slow");
            RegimeMap byRegime = new RegimeMap(Map.of(MarketRegime.STRONG_BULL, "sma-cross", MarketRegime.RECOVERY, "slow"),
                    Rebalance.WEEKLY);
            repo.create(new PaperPortfolio("regimes", portfolio("x").request(), null, sw.portfolio().candidates(), byRegime));
            assertThat(repo.find("regimes").orElseThrow().portfolio().switching()).isEqualTo(byRegime);

            update(repo, "live", bars(30, 1, 0), DAY0.plusDays(29));
            long day = DAY0.plusDays(29).toEpochDay();
            assertThatThrownBy(() -> repo.addHandTrade("live", new HandTrade(day, "AAA", Execution.Side.BUY, 5, 100, 0)))
                    .hasMessageContaining("date " + DAY0.plusDays(29)).hasMessageContaining("already processed through");
            assertThatThrownBy(() -> repo.addHandTrade("live", new HandTrade(day + 1, "ZZZ", Execution.Side.BUY, 5, 100, 0)))
                    .hasMessageContaining("symbol ZZZ: not traded");
            repo.addHandTrade("live", new HandTrade(day + 2, "AAA", Execution.Side.BUY, 5, 100, 1));
            assertThat(repo.find("live").orElseThrow().state().handTrades()).hasSize(1);
        }
    }
}
