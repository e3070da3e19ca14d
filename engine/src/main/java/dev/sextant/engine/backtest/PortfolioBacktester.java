package dev.sextant.engine.backtest;

import dev.sextant.engine.EngineInfo;
import dev.sextant.engine.cache.BoundedCache;
import dev.sextant.engine.indicator.RealizedVolatilityIndicator;
import dev.sextant.engine.indicator.StandardIndicators;
import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.CorporateActionSource;
import dev.sextant.engine.market.DataFingerprint;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.SessionLabels;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.metrics.MetricInputs;
import dev.sextant.engine.metrics.MetricSet;
import dev.sextant.engine.metrics.PerformanceMetrics;
import dev.sextant.engine.rules.DayGate;
import dev.sextant.engine.rules.EntryRules;
import dev.sextant.engine.spi.CrossSectionalProvider;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Runs a {@link BacktestRequest} over in-memory bars: resolves the strategy, computes (or takes
 * from the cache) each symbol's signals, applies a cross-sectional stage if the strategy has one,
 * simulates one pool of cash ({@link PortfolioSimulation}) and computes the metrics.
 * Intraday runs ({@link TimeframeOptions}) trade only bars inside the NYSE calendar's regular
 * sessions unless extended hours are asked for, and close positions at each session's last bar
 * unless they hold overnight ({@link SessionCloseRule}); the strategy must support the timeframe.
 * Deterministic: the result does not depend on {@code threads} or on the order of {@code bars}.
 * The aligned calendar of a set of series is built once and reused while the same series
 * instances are traded (optimizer trials and folds run many backtests over one universe).
 */
public final class PortfolioBacktester {

    /** The exchange calendar of intraday sessions: regular hours and flat-overnight closes. */
    static final ExchangeCalendar CALENDAR = ExchangeCalendars.NYSE;

    private final StrategyCatalog catalog;
    private final SignalCache cache;
    private final int threads;
    private final CorporateActionSource actions;
    private final BoundedCache<List<PriceColumns>, AlignedUniverse> universes;

    /**
     * A backtester for price returns only: a request for {@link ReturnMode#TOTAL} is refused.
     *
     * @param threads threads used to compute signals per symbol (1 = in the calling thread)
     */
    public PortfolioBacktester(StrategyCatalog catalog, SignalCache cache, int threads) {
        this(catalog, cache, threads, null);
    }

    /**
     * @param threads threads used to compute signals per symbol (1 = in the calling thread)
     * @param actions the dividends total returns credit, or null to refuse total returns
     */
    public PortfolioBacktester(StrategyCatalog catalog, SignalCache cache, int threads, CorporateActionSource actions) {
        this(catalog, cache, threads, actions, new BoundedCache<>(64L << 20, u -> 4L * u.days() * (u.symbolCount() + 2)));
    }

    private PortfolioBacktester(StrategyCatalog catalog, SignalCache cache, int threads, CorporateActionSource actions,
            BoundedCache<List<PriceColumns>, AlignedUniverse> universes) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        this.catalog = catalog;
        this.cache = cache;
        this.threads = threads;
        this.actions = actions;
        this.universes = universes;
    }

    /**
     * This backtester with its signals taken from and kept in {@code signals} instead; the aligned calendars stay
     * shared. Optimizer trials run on one that keeps nothing: no other trial asks for their parameters.
     */
    public PortfolioBacktester withSignalCache(SignalCache signals) {
        return new PortfolioBacktester(catalog, signals, threads, actions, universes);
    }

    /**
     * @param bars at least the series of {@link BacktestRequest#requiredSymbols()}, all of one
     *        timeframe; other series are ignored
     * @throws IllegalArgumentException for an unknown strategy, invalid params, missing symbols
     *         or an empty date range
     */
    public BacktestResult run(BacktestRequest request, Collection<PriceColumns> bars) {
        return run(request, bars, ProgressSink.NONE, Cancellation.NEVER);
    }

    /**
     * {@link #run(BacktestRequest, Collection)} with progress and cancellation: one unit per symbol
     * whose signals are ready, then one per simulated day, reported every
     * {@link PortfolioSimulation#PROGRESS_DAYS} days; cancellation is checked at the same points.
     *
     * @throws dev.sextant.engine.job.CancelledException when {@code cancel} asks to stop
     */
    public BacktestResult run(BacktestRequest request, Collection<PriceColumns> bars, ProgressSink progress,
            Cancellation cancel) {
        return run(request, bars, request.to(), progress, cancel);
    }

    private BacktestResult run(BacktestRequest request, Collection<PriceColumns> bars, LocalDate signalsThrough,
            ProgressSink progress, Cancellation cancel) {
        Prepared p = prepare(request, bars, signalsThrough, progress, cancel, true);
        AlignedUniverse universe = p.universe();
        int start = p.start();
        int end = p.end();
        int symbols = universe.symbolCount();
        long total = symbols + (long) (end - start);
        PortfolioSimulation.Output out = p.simulation().run(start, end, day -> {
            cancel.throwIfCancelled();
            progress.progress(symbols + day, total, "simulating day " + day + " of " + (end - start));
        });
        progress.progress(total, total, "simulated " + (end - start) + " days");
        return result(request, p, out.time(), out.equity(), out.exposure(), out.positions(), out.executions(),
                out.roundTrips());
    }

    /**
     * The result of a run of {@code request} over the prepared simulation's days so far: {@code trips} are the closed
     * round trips, then the open ones valued at the last day, in the order the simulation made them.
     */
    private BacktestResult result(BacktestRequest request, Prepared p, long[] time, double[] equity, double[] exposure,
            int[] positions, List<Execution> executions, List<RoundTrip> roundTrips) {
        AlignedUniverse universe = p.universe();
        double[] benchmark = request.benchmark() == null ? null
                : benchmarkEquity(p.bySymbol().get(request.benchmark()), time, request.capital());
        double[] drawdown = drawdown(equity);
        var timeframe = universe.series().get(0).timeframe();
        EquityCurve curve = new EquityCurve(timeframe, time, equity, benchmark, drawdown, exposure, positions);
        MetricSet metrics = PerformanceMetrics.compute(metricInputs(request, curve, roundTrips));
        Provenance provenance = new Provenance(EngineInfo.VERSION, p.provider().id(), p.provider().version(),
                p.params().canonical(), DataFingerprint.ofAll(p.required()), request.seed(),
                request.fill() == FillTiming.SAME_CLOSE ? "SAME_CLOSE (optimistic: fills at the signal bar's close)" : "NEXT_OPEN",
                Provenance.rulesText(request.rules()), request.account().returns().text());
        List<RoundTrip> trips = roundTrips.stream()
                .sorted(java.util.Comparator.comparingLong(RoundTrip::entryTime).thenComparing(RoundTrip::symbol))
                .toList();
        return new BacktestResult(request, provenance, List.copyOf(executions), trips, curve, metrics,
                p.simulation().constraints());
    }

    /**
     * A run of {@code request} (signals through its last day) that can be read part-way: see {@link NestedRuns}.
     *
     * @throws IllegalArgumentException as {@link #run(BacktestRequest, Collection)}
     */
    public NestedRuns nestedRuns(BacktestRequest request, Collection<PriceColumns> bars) {
        return new NestedRuns(request, prepare(request, bars, request.to(), ProgressSink.NONE, Cancellation.NEVER, true));
    }

    /**
     * Runs over nested spans that start on the first day of one request, each the result {@link #run} gives for that
     * request ending on an earlier day, from one simulation: the days up to a span's end are simulated once and the
     * next span continues from there (an optimizer trial's pruning run over the first half, then its full run, used to
     * simulate the first half twice). Not thread-safe; spans must come in order.
     */
    public final class NestedRuns {

        private final BacktestRequest request;
        private final Prepared prepared;
        private int next;
        private long[] time = new long[0];
        private double[] equity = new double[0];
        private double[] exposure = new double[0];
        private int[] positions = new int[0];

        private NestedRuns(BacktestRequest request, Prepared prepared) {
            this.request = request;
            this.prepared = prepared;
            this.next = prepared.start();
        }

        /**
         * The result of the request ending on {@code last} (its own last day at the latest).
         *
         * @throws IllegalArgumentException when no bar lies between the request's first day and {@code last}, or
         *         {@code last} ends before the span already simulated
         */
        public BacktestResult through(LocalDate last) {
            AlignedUniverse universe = prepared.universe();
            int end = Math.min(prepared.end(), universe.dayAtOrAfter(timeOf(universe, last.plusDays(1))));
            if (end <= prepared.start()) {
                throw new IllegalArgumentException("no bars between " + request.from() + " and " + last);
            }
            if (end < next) {
                throw new IllegalArgumentException("the run is simulated through day " + next + " already, after " + last);
            }
            PortfolioSimulation.Output out = prepared.simulation().advance(next, end, Map.of());
            time = concat(time, out.time());
            equity = concat(equity, out.equity());
            exposure = concat(exposure, out.exposure());
            int[] both = Arrays.copyOf(positions, positions.length + out.positions().length);
            System.arraycopy(out.positions(), 0, both, positions.length, out.positions().length);
            positions = both;
            next = end;
            List<RoundTrip> trips = new ArrayList<>(out.roundTrips());
            trips.addAll(prepared.simulation().openTrips(end));
            BacktestRequest cut = request.to() == null || last.isBefore(request.to()) ? request.toBuilder().to(last).build()
                    : request;
            return result(cut, prepared, time, equity, exposure, positions, out.executions(), trips);
        }

        private static long[] concat(long[] a, long[] b) {
            long[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }

        private static double[] concat(double[] a, double[] b) {
            double[] out = Arrays.copyOf(a, a.length + b.length);
            System.arraycopy(b, 0, out, a.length, b.length);
            return out;
        }
    }

    /**
     * Continues a simulation from {@code book} over the calendar days after {@code book.lastTime()}
     * (and from {@code request.from()} on) up to {@code through} (and {@code request.to()}), inclusive:
     * the same simulation as {@link #run}, so stepping a span in pieces gives the fills, round trips
     * and equity of one run over it. Days already in the book are never simulated again, whatever
     * the bars of those days say now.
     *
     * @param hand hand trades to book at the close of their day; each must fall on a simulated day
     * @return the new days (possibly none) and the book after the last of them
     */
    public PortfolioStep step(BacktestRequest request, Collection<PriceColumns> bars, PortfolioBook book,
            LocalDate through, List<HandTrade> hand) {
        return step(request, bars, book, through, hand, true);
    }

    /**
     * {@link #step(BacktestRequest, Collection, PortfolioBook, LocalDate, List)}, and with {@code newEntries} false
     * no entry signal of the stepped days is taken (entries signalled before them, in the book, still fill): the
     * strategy's exits alone manage the book, as in a regime map's cash.
     */
    public PortfolioStep step(BacktestRequest request, Collection<PriceColumns> bars, PortfolioBook book,
            LocalDate through, List<HandTrade> hand, boolean newEntries) {
        EntryRules rules = request.rules();
        if (rules.circuitBreaker() != null || rules.riskPolicy() != null) {
            throw new IllegalArgumentException("a circuit breaker or risk policy needs one continuous run; "
                    + "stepping a portfolio day by day supports only the day filters");
        }
        Prepared p = prepare(request, bars, null, ProgressSink.NONE, Cancellation.NEVER, false);
        AlignedUniverse universe = p.universe();
        long first = request.from() == null ? Long.MIN_VALUE : timeOf(universe, request.from());
        int start = universe.dayAtOrAfter(book.started() ? Math.max(first, book.lastTime() + 1) : first);
        LocalDate last = request.to() != null && request.to().isBefore(through) ? request.to() : through;
        int end = universe.dayAtOrAfter(timeOf(universe, last.plusDays(1)));
        PortfolioSimulation sim = p.simulation();
        sim.restore(book);
        if (!newEntries) {
            sim.pauseEntries();
        }
        if (start >= end) {
            if (!hand.isEmpty()) {
                throw new IllegalArgumentException("hand trade " + hand.getFirst().symbol() + " on day "
                        + hand.getFirst().time() + ": not a trading day being simulated");
            }
            return new PortfolioStep(new long[0], new double[0], new double[0], new int[0], List.of(), List.of(), book);
        }
        Map<Long, List<HandTrade>> byDay = new HashMap<>();
        for (HandTrade h : hand) {
            byDay.computeIfAbsent(h.time(), k -> new ArrayList<>()).add(h);
        }
        PortfolioSimulation.Output out = sim.advance(start, end, byDay);
        return new PortfolioStep(out.time(), out.equity(), out.exposure(), out.positions(), List.copyOf(out.executions()),
                List.copyOf(out.roundTrips()), sim.book());
    }

    /** @param start the first day {@link #run} simulates, {@code end} the day after its last (0 for {@link #step}) */
    private record Prepared(StrategyProvider provider, Params params, Map<String, PriceColumns> bySymbol,
            List<PriceColumns> required, AlignedUniverse universe, PortfolioSimulation simulation, int start, int end) {
    }

    /**
     * @param signalsThrough the last day whose signals are computed when later than the span's (null: the span's)
     * @param span whether to find the request's span of days ({@link #run}) and fail when it is
     *        empty, before the signals are computed; signal progress counts towards symbols + days
     */
    private Prepared prepare(BacktestRequest request, Collection<PriceColumns> bars, LocalDate signalsThrough,
            ProgressSink progress, Cancellation cancel, boolean span) {
        if (request.account().returns() == ReturnMode.TOTAL && actions == null) {
            throw new IllegalArgumentException("total returns need the recorded dividends, which this backtester"
                    + " is not given; run with returns price");
        }
        StrategyProvider provider = catalog.get(request.strategyId());
        TimeframeOptions options = request.timeframe();
        provider.timeframes().check(provider.id(), options.timeframe());
        Params params = provider.paramSpace().resolve(request.params());
        Map<String, PriceColumns> bySymbol = new HashMap<>();
        for (PriceColumns p : bars) {
            bySymbol.put(p.symbol(), tradable(p, options));
        }
        List<PriceColumns> required = new ArrayList<>();
        for (String symbol : request.requiredSymbols()) {
            PriceColumns p = bySymbol.get(symbol);
            if (p == null) {
                throw new IllegalArgumentException("no bars supplied for symbol " + symbol);
            }
            required.add(p);
        }
        if (required.stream().map(PriceColumns::timeframe).distinct().count() > 1) {
            throw new IllegalArgumentException("bars of more than one timeframe supplied");
        }
        if (required.getFirst().timeframe() != options.timeframe()) {
            throw new IllegalArgumentException("the request is for " + options.timeframe().code() + " bars but "
                    + required.getFirst().timeframe().code() + " bars were supplied");
        }
        AlignedUniverse universe = universes.get(request.symbols().stream().map(bySymbol::get).toList(), AlignedUniverse::new);
        int start = 0;
        int end = 0;
        if (span) {
            start = universe.dayAtOrAfter(request.from() == null ? Long.MIN_VALUE : timeOf(universe, request.from()));
            end = request.to() == null ? universe.days() : universe.dayAtOrAfter(timeOf(universe, request.to().plusDays(1)));
            if (start >= end) {
                throw new IllegalArgumentException("no bars between " + request.from() + " and " + request.to());
            }
        }
        long total = universe.symbolCount() + (long) (end - start);
        int signalsEnd = signalsThrough == null ? universe.days() : universe.dayAtOrAfter(timeOf(universe, signalsThrough.plusDays(1)));
        int[][] spans = span && !(provider instanceof CrossSectionalProvider)
                ? barSpans(universe, start, Math.max(end, signalsEnd)) : null;
        List<SignalColumns> signals = computeSignals(provider, universe.series(), spans, params,
                done -> progress.progress(done, total, "signals of " + done + " of " + universe.symbolCount() + " symbols"),
                cancel);
        if (provider instanceof CrossSectionalProvider cs) {
            signals = cs.rankAcross(universe, signals, params);
        }
        PortfolioSimulation sim = new PortfolioSimulation(request, universe, signals.toArray(SignalColumns[]::new),
                sizingColumns(request, universe), entryChecks(request, universe, bySymbol),
                dividendColumns(request, universe), SessionCloseRule.of(options, universe, CALENDAR));
        return new Prepared(provider, params, bySymbol, required, universe, sim, start, end);
    }

    /**
     * For each series, its bars on the simulated days {@code start} to {@code end - 1}: the index of the first and
     * the one after the last. The simulation reads signals on those bars only (a signal before the first day never
     * trades in the span), so a cross-sectional stage aside, no other bar's signals need computing.
     */
    private static int[][] barSpans(AlignedUniverse universe, int start, int end) {
        long first = universe.calendar()[start];
        long afterLast = end < universe.days() ? universe.calendar()[end] : Long.MAX_VALUE;
        int[][] spans = new int[universe.symbolCount()][];
        for (int s = 0; s < spans.length; s++) {
            long[] time = universe.series().get(s).time();
            spans[s] = new int[] {indexAtOrAfter(time, first), indexAtOrAfter(time, afterLast)};
        }
        return spans;
    }

    private static int indexAtOrAfter(long[] time, long t) {
        int i = Arrays.binarySearch(time, t);
        return i >= 0 ? i : -i - 1;
    }

    /**
     * Each series' signals, in order, on its span of bars (all bars when {@code spans} is null); {@code ready} hears
     * how many are done, {@code cancel} is checked after each. With one thread they are computed on the calling
     * thread, unless that is a worker of a fork/join pool (a study's trial, see {@code LocalTrialRunner}): then the
     * pool's idle workers take symbols too, so that a batch's last trials do not leave the other workers waiting.
     */
    private List<SignalColumns> computeSignals(StrategyProvider provider, List<PriceColumns> series, int[][] spans,
            Params params, IntConsumer ready, Cancellation cancel) {
        List<SignalColumns> out = new ArrayList<>(series.size());
        if (threads == 1 && series.size() > 1 && ForkJoinTask.inForkJoinPool()) {
            cancel.throwIfCancelled();
            out.addAll(IntStream.range(0, series.size()).parallel()
                    .mapToObj(s -> signals(provider, series.get(s), spans == null ? null : spans[s], params)).toList());
            ready.accept(out.size());
            return out;
        }
        if (threads == 1 || series.size() < 2) {
            for (int s = 0; s < series.size(); s++) {
                cancel.throwIfCancelled();
                out.add(signals(provider, series.get(s), spans == null ? null : spans[s], params));
                ready.accept(out.size());
            }
            return out;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<SignalColumns>> futures = new ArrayList<>();
            for (int s = 0; s < series.size(); s++) {
                PriceColumns p = series.get(s);
                int[] bars = spans == null ? null : spans[s];
                futures.add(pool.submit(() -> signals(provider, p, bars, params)));
            }
            for (Future<SignalColumns> f : futures) {
                cancel.throwIfCancelled();
                out.add(f.get());
                ready.accept(out.size());
            }
            return out;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while computing signals", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("signal computation failed", e.getCause());
        } finally {
            pool.shutdownNow();
        }
    }

    private SignalColumns signals(StrategyProvider provider, PriceColumns p, int[] span, Params params) {
        return span == null ? cache.get(provider, p, params) : cache.get(provider, p, params, span[0], span[1]);
    }

    /** The request's entry rules on the universe's calendar; day filters need daily bars. */
    private static EntryChecks entryChecks(BacktestRequest request, AlignedUniverse universe,
            Map<String, PriceColumns> bySymbol) {
        List<DayGate> gates = request.rules().gates();
        if (!gates.isEmpty() && universe.series().get(0).timeframe().isIntraday()) {
            throw new IllegalArgumentException(gates.get(0).name() + " " + gates.get(0).spec() + ": entry filters need daily bars");
        }
        boolean[][] open = new boolean[gates.size()][];
        for (int g = 0; g < open.length; g++) {
            open[g] = gates.get(g).openDays(universe.calendar(), bySymbol);
        }
        return new EntryChecks(request.rules(), open, universe.series().stream().map(PriceColumns::symbol).toList(),
                request.maxPositions(), request.capital(), request.account().fractional());
    }

    private static double[][] sizingColumns(BacktestRequest request, AlignedUniverse universe) {
        double[][] cols = new double[universe.symbolCount()][];
        for (int s = 0; s < cols.length; s++) {
            PriceColumns p = universe.series().get(s);
            cols[s] = switch (request.sizing()) {
                case SizingRule.AtrRisk r -> StandardIndicators.atr(p, 14);
                case SizingRule.VolTarget v -> RealizedVolatilityIndicator.compute(p.close(), 20);
                default -> null;
            };
        }
        return cols;
    }

    /** Per symbol, the dividend per share credited at each bar (null when none, and for price returns). */
    private double[][] dividendColumns(BacktestRequest request, AlignedUniverse universe) {
        double[][] cols = new double[universe.symbolCount()][];
        if (request.account().returns() == ReturnMode.TOTAL) {
            List<List<CorporateAction>> each = actions.actionsOf(universe.series().stream().map(PriceColumns::symbol).toList());
            for (int s = 0; s < cols.length; s++) {
                cols[s] = DividendCredits.of(universe.series().get(s), each.get(s));
            }
        }
        return cols;
    }

    /** Intraday bars inside the calendar's sessions only, unless the request trades extended hours. */
    private static PriceColumns tradable(PriceColumns p, TimeframeOptions options) {
        return p.timeframe().isIntraday() && !options.extendedHours()
                ? SessionLabels.of(p, CALENDAR, false).keepInSession(p) : p;
    }

    /** The first instant of {@code date}: its epoch day for daily bars, its exchange-local midnight for intraday bars. */
    static long timeOf(AlignedUniverse universe, LocalDate date) {
        boolean intraday = !universe.series().isEmpty() && universe.series().get(0).timeframe().isIntraday();
        return intraday ? date.atStartOfDay(CALENDAR.zone()).toEpochSecond() : date.toEpochDay();
    }

    /** Buy-and-hold: capital × close(as of day)/close(as of the first day it is defined), forward-filled. */
    public static double[] benchmarkEquity(PriceColumns b, long[] time, double capital) {
        double[] out = new double[time.length];
        int i = -1;
        double base = Double.NaN;
        for (int d = 0; d < time.length; d++) {
            while (i + 1 < b.size() && b.time()[i + 1] <= time[d]) {
                i++;
            }
            if (i >= 0 && Double.isNaN(base)) {
                base = b.close()[i];
            }
            out[d] = i < 0 ? capital : capital * b.close()[i] / base;
        }
        return out;
    }

    private static double[] drawdown(double[] equity) {
        double[] dd = new double[equity.length];
        double peak = Double.NEGATIVE_INFINITY;
        for (int t = 0; t < equity.length; t++) {
            peak = Math.max(peak, equity[t]);
            dd[t] = equity[t] / peak - 1.0;
        }
        return dd;
    }

    private static MetricInputs metricInputs(BacktestRequest request, EquityCurve curve, List<RoundTrip> trips) {
        List<RoundTrip> closed = trips.stream().filter(t -> !t.isOpen()).toList();
        long[] t = curve.time();
        double span = t[t.length - 1] - t[0];
        double calendarDays = curve.timeframe().isIntraday() ? span / 86_400.0 : span;
        return new MetricInputs(calendarDays, curve.equity(), curve.positions(), curve.benchmark(),
                closed.stream().mapToDouble(RoundTrip::pnl).toArray(),
                closed.stream().mapToInt(RoundTrip::barsHeld).toArray(),
                request.riskFreeRate(), PerformanceMetrics.barsPerYear(curve.timeframe()));
    }
}
