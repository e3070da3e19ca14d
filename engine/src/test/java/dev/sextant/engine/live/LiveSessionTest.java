package dev.sextant.engine.live;

import static dev.sextant.engine.live.SameTrips.assertSameTrips;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.backtest.TimeframeOptions;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SessionLabels;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.SmaVwapCrossProvider;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The live path against the research path on the same bars: three symbols over five NYSE sessions of generated minute
 * bars (with pre-market bars); the session is seeded with the first two sessions and streamed the last three. Its
 * crosses must be the entry and exit signals of {@code sma-vwap-cross} computed over the whole series, and its paper
 * round trips those of the intraday backtest (fixed-amount sizing 10,000, one slot per symbol, no costs) entered in
 * the streamed sessions, trade for trade.
 */
class LiveSessionTest {

    static final LocalDate FIRST = LocalDate.of(2024, 3, 4);
    static final List<String> SYMBOLS = List.of("AAA", "BBB", "CCC");
    static final Clock FAR_PAST = Clock.fixed(Instant.parse("2000-01-01T00:00:00Z"), ZoneOffset.UTC);

    static List<PriceColumns> market() {
        List<PriceColumns> out = new ArrayList<>();
        for (int k = 0; k < SYMBOLS.size(); k++) {
            out.add(MinuteMarket.series(SYMBOLS.get(k), FIRST, 5, 11 + k));
        }
        return out;
    }

    /** The epoch second of the third session's day start (New York). */
    static long streamFrom() {
        return LocalDate.of(2024, 3, 6).atStartOfDay(ExchangeCalendars.NYSE.zone()).toEpochSecond();
    }

    static LiveSessionConfig config() {
        return LiveSessionConfig.defaults().withPaper(1_000_000, 10_000);
    }

    static LiveSession seeded(List<PriceColumns> market, LiveBarStore store) {
        LiveSession session = new LiveSession(config(), store, FAR_PAST, nanos -> { });
        for (PriceColumns p : market) {
            session.seed(MinuteMarket.before(p, streamFrom()));
        }
        return session;
    }

    @Test
    void crossesAndPaperRoundTripsEqualTheResearchSidesOnTheSameBars() throws Exception {
        List<PriceColumns> market = market();
        RecordingStore store = new RecordingStore();
        try (LiveSession session = seeded(market, store)) {
            MinuteMarket.stream(market, streamFrom()).forEach(session::bar);
            session.finish();

            assertThat(crossKeys(session.crosses())).isEqualTo(signalKeys(market)).isNotEmpty();
            List<RoundTrip> live = liveTrips(session);
            List<RoundTrip> backtest = backtestTrips(market, streamFrom());
            assertSameTrips(live, backtest);
            assertThat(live).extracting(RoundTrip::exitReason).contains(ExitReason.SIGNAL, ExitReason.SESSION_CLOSE);
            PaperSnapshot paper = session.paper();
            assertThat(paper.positions()).isEmpty();
            assertThat(paper.realizedPnl()).isCloseTo(backtest.stream().mapToDouble(RoundTrip::pnl).sum(), within(1e-6));
            assertThat(paper.equity()).isCloseTo(1_000_000 + paper.realizedPnl(), within(1e-6));
            assertThat(session.streamStatus()).isEqualTo(StreamStatus.STOPPED);
        }
    }

    @Test
    void withExtendedHoursEveryBarTradesAndASessionIsTheNewYorkDate() throws Exception {
        List<PriceColumns> market = market();
        LiveSession session = new LiveSession(config().withExtendedHours(true), new RecordingStore(), FAR_PAST, nanos -> { });
        for (PriceColumns p : market) {
            session.seed(MinuteMarket.before(p, streamFrom()));
        }
        try (session) {
            MinuteMarket.stream(market, streamFrom()).forEach(session::bar);
            session.finish();
            BacktestRequest request = BacktestRequest.builder(SmaVwapCrossProvider.ID, SYMBOLS).capital(1_000_000)
                    .maxPositions(SYMBOLS.size()).sizing(new SizingRule.FixedAmount(10_000)).params(Map.of("hours", "extended"))
                    .timeframe(new TimeframeOptions(Timeframe.MINUTE_1, false, true)).build();
            List<RoundTrip> backtest = new PortfolioBacktester(new StrategyCatalog(List.of(new SmaVwapCrossProvider())),
                    new SignalCache(), 1).run(request, market).roundTrips().stream().filter(t -> t.entryTime() >= streamFrom())
                    .sorted(Comparator.comparingLong(RoundTrip::entryTime).thenComparing(RoundTrip::symbol)).toList();
            assertSameTrips(liveTrips(session), backtest);
            long open = ExchangeCalendars.NYSE.session(LocalDate.of(2024, 3, 6)).orElseThrow().open();
            assertThat(liveTrips(session)).as("pre-market bars trade").anyMatch(t -> t.entryTime() < open);
        }
    }

    @Test
    void theLastMinutesBecomeFinalWhenTheLagHasPassedOnTheStreamsClock() throws Exception {
        List<PriceColumns> market = market();
        List<StreamedBar> clean = MinuteMarket.stream(market, streamFrom());
        long lastClose = ExchangeCalendars.NYSE.session(LocalDate.of(2024, 3, 8)).orElseThrow().close();
        // the stream's clock stands before the bars while they stream (as a live clock would stand at each bar's
        // arrival), so the store writer's own lag checks in the background never end a session early
        java.util.concurrent.atomic.AtomicReference<Instant> now = new java.util.concurrent.atomic.AtomicReference<>(
                FAR_PAST.instant());
        Clock clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        LiveSession session = new LiveSession(config(), new RecordingStore(), clock, nanos -> { });
        for (PriceColumns p : market) {
            session.seed(MinuteMarket.before(p, streamFrom()));
        }
        try (session) {
            clean.forEach(session::bar);
            now.set(Instant.ofEpochSecond(lastClose));
            session.finalizeDue();
            assertThat(session.stats().finalBars()).as("15:59 waits for the lag").isEqualTo(clean.size() - SYMBOLS.size());
            now.set(Instant.ofEpochSecond(lastClose + 5));
            session.finalizeDue();
            assertThat(session.stats().finalBars()).isEqualTo(clean.size());
            assertThat(session.paper().positions()).isEmpty();
            assertSameTrips(liveTrips(session), backtestTrips(market, streamFrom()));
        }
    }

    @Test
    void duplicatesOutOfOrderArrivalsAndCorrectionsEndInTheSameBarsCrossesAndFills() throws Exception {
        List<PriceColumns> market = market();
        List<StreamedBar> clean = MinuteMarket.stream(market, streamFrom());
        SplittableRandom r = new SplittableRandom(7);
        // out of order: of every seventh pair of one symbol's neighbouring minutes, the later arrives first
        List<StreamedBar> order = new ArrayList<>(clean);
        java.util.Set<StreamedBar> swapped = new java.util.HashSet<>();
        int swaps = 0;
        for (int i = 0; i + SYMBOLS.size() < order.size(); i += 7) {
            int j = i + SYMBOLS.size();
            StreamedBar a = order.get(i);
            StreamedBar b = order.get(j);
            if (a.symbol().equals(b.symbol()) && b.start().minusSeconds(60).equals(a.start())) {
                order.set(i, b);
                order.set(j, a);
                swapped.add(a);
                swapped.add(b);
                swaps++;
            }
        }
        List<StreamedBar> messy = new ArrayList<>();
        int partials = 0;
        int dups = 0;
        for (StreamedBar b : order) {
            if (!swapped.contains(b) && r.nextInt(10) == 0) {
                // a partial bar first (fewer trades: lower volume, close at the open), corrected by the real one
                messy.add(new StreamedBar(b.symbol(), b.start(), b.open(), Math.max(b.open(), b.high()), b.low(), b.open(),
                        b.volume() / 2, false));
                partials++;
            }
            messy.add(new StreamedBar(b.symbol(), b.start(), b.open(), b.high(), b.low(), b.close(), b.volume(),
                    r.nextBoolean()));
            if (r.nextInt(8) == 0) {
                messy.add(b);
                dups++;
            }
        }
        assertThat(swaps).isGreaterThan(50);

        RecordingStore cleanStore = new RecordingStore();
        RecordingStore messyStore = new RecordingStore();
        try (LiveSession a = seeded(market, cleanStore); LiveSession b = seeded(market, messyStore)) {
            clean.forEach(a::bar);
            messy.forEach(b::bar);
            a.finish();
            b.finish();

            LiveStats stats = b.stats();
            assertThat(stats.received()).isEqualTo(messy.size());
            assertThat(stats.duplicates()).isEqualTo(dups);
            assertThat(stats.corrections()).isEqualTo(partials);
            assertThat(stats.late()).isZero();
            assertThat(stats.finalBars()).isEqualTo(clean.size());
            assertThat(stats.stored()).isEqualTo(clean.size());
            assertThat(stats.pendingStore()).isZero();

            assertThat(messyStore.count()).isEqualTo(clean.size());
            assertThat(storedKeys(messyStore)).isEqualTo(storedKeys(cleanStore));
            for (StreamedBar bar : clean) {
                assertThat(messyStore.bars.get(bar.symbol()).get(bar.start().getEpochSecond()))
                        .as("stored %s %s is the corrected bar", bar.symbol(), bar.start())
                        .containsExactly(bar.open(), bar.high(), bar.low(), bar.close(), bar.volume());
            }
            assertThat(b.crosses()).isEqualTo(a.crosses());
            assertThat(liveTrips(b)).isEqualTo(liveTrips(a));
        }
    }

    @Test
    void aBackfillRepeatingSeededBarsIsDuplicatesOnly() throws Exception {
        List<PriceColumns> market = market();
        RecordingStore store = new RecordingStore();
        try (LiveSession session = seeded(market, store)) {
            PriceColumns seeded = MinuteMarket.before(market.getFirst(), streamFrom());
            for (int i = seeded.size() - 30; i < seeded.size(); i++) {
                session.bar(MinuteMarket.bar(seeded, i));
            }
            session.finish();
            assertThat(session.stats().duplicates()).isEqualTo(30);
            assertThat(session.stats().late()).isZero();
            assertThat(session.stats().finalBars()).isZero();
            assertThat(store.count()).isZero();
        }
    }

    @Test
    void aBarForAMinuteAlreadyFinalIsStoredButNotTradedAgain() throws Exception {
        List<PriceColumns> market = market();
        List<StreamedBar> clean = MinuteMarket.stream(market, streamFrom());
        RecordingStore store = new RecordingStore();
        try (LiveSession session = seeded(market, store)) {
            clean.forEach(session::bar);
            StreamedBar early = clean.get(30);
            StreamedBar corrected = new StreamedBar(early.symbol(), early.start(), early.open(), early.high() + 1,
                    early.low(), early.close(), early.volume() + 10, true);
            session.bar(corrected);
            session.bar(corrected);
            session.bar(clean.get(31));
            session.finish();

            LiveStats stats = session.stats();
            assertThat(stats.late()).isEqualTo(1);
            assertThat(stats.duplicates()).isEqualTo(2);
            assertThat(stats.finalBars()).isEqualTo(clean.size());
            assertThat(store.count()).isEqualTo(clean.size());
            assertThat(store.bars.get(early.symbol()).get(early.start().getEpochSecond()))
                    .containsExactly(corrected.open(), corrected.high(), corrected.low(), corrected.close(), corrected.volume());
        }
    }

    @Test
    void aFailedStoreBatchIsWrittenAgainWithoutLosingOrDoublingBars() throws Exception {
        List<PriceColumns> market = market();
        List<StreamedBar> clean = MinuteMarket.stream(market, streamFrom());
        RecordingStore store = new RecordingStore().failingFirst(3);
        List<Long> backoffs = new ArrayList<>();
        LiveSession session = new LiveSession(config().withStoreBatch(200, java.time.Duration.ofDays(1)), store,
                FAR_PAST, backoffs::add);
        try (session) {
            clean.forEach(session::bar);
            session.finish();
            LiveStats stats = session.stats();
            assertThat(stats.storeFailures()).isEqualTo(3);
            assertThat(stats.stored()).isEqualTo(clean.size());
            assertThat(stats.pendingStore()).isZero();
            assertThat(store.count()).isEqualTo(clean.size());
            assertThat(backoffs).containsExactly(50_000_000L, 100_000_000L, 200_000_000L);
            assertThat(store.batchSizes.stream().mapToInt(Integer::intValue).sum())
                    .as("every bar written once: a failed batch keeps nothing").isEqualTo(clean.size());
        }
    }

    static List<RoundTrip> liveTrips(LiveSession session) {
        return session.fills().stream().filter(f -> f.trip() != null).map(PaperFill::trip)
                .sorted(Comparator.comparingLong(RoundTrip::entryTime).thenComparing(RoundTrip::symbol)).toList();
    }

    static List<RoundTrip> backtestTrips(List<PriceColumns> market, long from) {
        BacktestRequest request = BacktestRequest.builder(SmaVwapCrossProvider.ID, SYMBOLS).capital(1_000_000)
                .maxPositions(SYMBOLS.size()).sizing(new SizingRule.FixedAmount(10_000))
                .timeframe(TimeframeOptions.of(Timeframe.MINUTE_1)).build();
        BacktestResult result = new PortfolioBacktester(new StrategyCatalog(List.of(new SmaVwapCrossProvider())),
                new SignalCache(), 1).run(request, market);
        return result.roundTrips().stream().filter(t -> t.entryTime() >= from)
                .sorted(Comparator.comparingLong(RoundTrip::entryTime).thenComparing(RoundTrip::symbol)).toList();
    }


    /** symbol@time:up|down of the live crosses. */
    static List<String> crossKeys(List<LiveCross> crosses) {
        return crosses.stream().map(c -> c.symbol() + "@" + c.time().getEpochSecond() + ":" + (c.up() ? "up" : "down"))
                .sorted().toList();
    }

    /** The same keys from sma-vwap-cross's signals over each whole series' regular-hours bars, from the streamed span on. */
    static List<String> signalKeys(List<PriceColumns> market) {
        SmaVwapCrossProvider provider = new SmaVwapCrossProvider();
        Params params = provider.paramSpace().resolve(Map.of());
        List<String> out = new ArrayList<>();
        for (PriceColumns all : market) {
            PriceColumns p = SessionLabels.of(all, ExchangeCalendars.NYSE, false).keepInSession(all);
            SignalColumns s = provider.computeSignals(p, params);
            for (int i = 0; i < p.size(); i++) {
                if (p.time()[i] >= streamFrom() && (s.entry()[i] || s.exit()[i])) {
                    out.add(p.symbol() + "@" + p.time()[i] + ":" + (s.entry()[i] ? "up" : "down"));
                }
            }
        }
        return out.stream().sorted().toList();
    }

    static Map<String, List<Long>> storedKeys(RecordingStore store) {
        Map<String, List<Long>> out = new TreeMap<>();
        store.bars.forEach((k, v) -> out.put(k, List.copyOf(v.keySet())));
        return out;
    }
}
