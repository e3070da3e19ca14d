package dev.sextant.app.research.live;

import static dev.sextant.engine.live.SameTrips.assertSameTrips;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.app.AppContext;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.backtest.TimeframeOptions;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.live.PaperFill;
import dev.sextant.engine.live.ReplayStream;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.strategy.SmaVwapCrossProvider;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * THE check of the live path: two stored sessions of the sample market (2024-12-23 and the early close 2024-12-24) of
 * all 13 symbols with minute bars, replayed through the live session into its paper portfolio, against the intraday
 * backtest of {@code sma-vwap-cross} run by the research service on the same stored bars (fixed-amount:10000, 13
 * positions, no costs, next-open fills, flat overnight): the round trips entered on those days are the same, trade
 * for trade (entry and exit time, prices, shares, exit reason, P&amp;L, bars held, MAE/MFE). The replay writes the
 * bars it plays back through the store's upsert, which leaves the stored series as they were.
 */
class ReplayMatchesBacktestTest {

    private static final List<String> SYMBOLS = List.of("IDX.SX", "COMM.SX", "DISC.SX", "ENRG.SX", "FIN.SX", "HLTH.SX",
            "INDU.SX", "MATL.SX", "REAL.SX", "STPL.SX", "TECH.SX", "UTIL.SX", "S001.SX");
    private static final LocalDate FIRST = LocalDate.of(2024, 12, 23);
    private static final LocalDate LAST = LocalDate.of(2024, 12, 24);

    @TempDir
    static Path home;

    private static AppContext ctx;

    @BeforeAll
    static void openSampleHome() {
        ctx = AppContext.open(home, true, new PrintWriter(new StringWriter()), ProgressSink.NONE);
    }

    @AfterAll
    static void close() {
        ctx.close();
    }

    @Test
    void replayedPaperFillsEqualTheIntradayBacktestTradeForTrade() throws Exception {
        List<PriceColumns> traded = SYMBOLS.stream().map(s -> ctx.bars().load(s, Timeframe.MINUTE_1).orElseThrow()).toList();
        BacktestRequest request = BacktestRequest.builder(SmaVwapCrossProvider.ID, SYMBOLS).capital(1_000_000)
                .maxPositions(SYMBOLS.size()).sizing(new SizingRule.FixedAmount(10_000))
                .timeframe(TimeframeOptions.of(Timeframe.MINUTE_1)).build();
        List<RoundTrip> all = ctx.research().backtests().runAndSave(request, traded).run().result().roundTrips();
        long from = FIRST.atStartOfDay(ExchangeCalendars.NYSE.zone()).toEpochSecond();
        long to = LAST.plusDays(1).atStartOfDay(ExchangeCalendars.NYSE.zone()).toEpochSecond();
        List<RoundTrip> backtest = all.stream().filter(t -> t.entryTime() >= from && t.entryTime() < to)
                .sorted(Comparator.comparingLong(RoundTrip::entryTime).thenComparing(RoundTrip::symbol)).toList();

        LiveSessionConfig config = LiveSessionConfig.defaults().withPaper(1_000_000, 10_000);
        try (ReplaySession replay = ctx.live().replay(config, SYMBOLS, FIRST, LAST, ReplayStream.AS_FAST_AS_POSSIBLE,
                nanos -> { })) {
            replay.start();
            replay.awaitEnd();
            List<RoundTrip> live = replay.session().fills().stream().filter(f -> f.trip() != null).map(PaperFill::trip)
                    .sorted(Comparator.comparingLong(RoundTrip::entryTime).thenComparing(RoundTrip::symbol)).toList();

            assertThat(backtest).hasSizeGreaterThan(20);
            assertThat(backtest).extracting(RoundTrip::exitReason).contains(ExitReason.SIGNAL, ExitReason.SESSION_CLOSE);
            assertSameTrips(live, backtest);
            assertThat(replay.session().paper().realizedPnl())
                    .isCloseTo(backtest.stream().mapToDouble(RoundTrip::pnl).sum(), within(1e-6));
            assertThat(replay.session().stats().late()).isZero();
            assertThat(replay.session().stats().duplicates()).isZero();
            assertThat(replay.session().stats().pendingStore()).isZero();
        }
        for (PriceColumns before : traded) {
            PriceColumns after = ctx.bars().load(before.symbol(), Timeframe.MINUTE_1).orElseThrow();
            assertThat(after.time()).as(before.symbol()).isEqualTo(before.time());
            assertThat(after.close()).as(before.symbol()).isEqualTo(before.close());
        }
    }

    @Test
    void aDayWithoutASessionOrASymbolWithoutMinuteBarsIsRefusedByName() {
        LiveSessionConfig config = LiveSessionConfig.defaults();
        assertThatThrownBy(() -> ctx.live().replay(config, List.of("IDX.SX"), LocalDate.of(2024, 12, 25),
                LocalDate.of(2024, 12, 25), 60, nanos -> { }))
                .hasMessage("session 2024-12-25 is not a trading day of XNYS");
        assertThatThrownBy(() -> ctx.live().replay(config, List.of("S002.SX"), FIRST, FIRST, 60, nanos -> { }))
                .hasMessage("symbol S002.SX has no stored 1m bars");
        assertThatThrownBy(() -> ctx.live().replay(config, List.of("IDX.SX"), LocalDate.of(2023, 1, 3),
                LocalDate.of(2023, 1, 3), 60, nanos -> { }))
                .hasMessage("symbol IDX.SX has no 1m bars in 2023-01-03");
    }
}
