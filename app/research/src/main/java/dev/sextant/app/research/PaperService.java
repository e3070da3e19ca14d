package dev.sextant.app.research;

import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.HandTrade;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.backtest.PortfolioBook;
import dev.sextant.engine.backtest.ReturnMode;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.metrics.MetricSet;
import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.CandidateCurve;
import dev.sextant.engine.paper.PaperHistory;
import dev.sextant.engine.paper.PaperPortfolio;
import dev.sextant.engine.paper.PaperPortfolioRepository;
import dev.sextant.engine.paper.PaperTrader;
import dev.sextant.engine.paper.PaperUpdate;
import dev.sextant.engine.paper.PostMortems;
import dev.sextant.engine.paper.StoredPaperPortfolio;
import dev.sextant.engine.paper.SwitchingBacktest;
import dev.sextant.engine.paper.SwitchingDecider;
import dev.sextant.engine.paper.SwitchingRule;
import dev.sextant.engine.paper.TradePostMortem;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.strategy.SignalCache;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Paper portfolios over the stored daily bars: what {@code ./sextant portfolio} and the Portfolio
 * panel both do. An update loads the portfolio's bars as stored now, moves it forward with
 * {@link PaperTrader} and appends the new days in one transaction; the ghosts of a live portfolio
 * are updated with it. Regimes (for per-regime switching and post-mortems) come from the regime
 * model on the default index, as for a backtest's {@code by_regime}; without an index they are unknown.
 */
public final class PaperService {

    /** Post-mortems look this many bars past each exit and name moves of at least this size. */
    public static final int POST_MORTEM_BARS = 10;
    public static final double NOTABLE_MOVE = 0.10;

    private final StrategyCatalog strategies;
    private final MarketLoader market;
    private final BacktestRegimes regimes;
    private final PaperPortfolioRepository repository;
    private final PaperTrader trader;

    public PaperService(StrategyCatalog strategies, MarketLoader market, BacktestRegimes regimes,
            PaperPortfolioRepository repository) {
        this.strategies = strategies;
        this.market = market;
        this.regimes = regimes;
        this.repository = repository;
        this.trader = new PaperTrader(new PortfolioBacktester(strategies, new SignalCache(), 1));
    }

    /** What one update of one portfolio added. */
    public record UpdateOutcome(String name, int days, int fills, int closedTrips, int switches, LocalDate lastDay,
            double equity) {
    }

    /** Everything shown about a portfolio: its record, history, current book, benchmark and post-mortems. */
    public record PortfolioView(StoredPaperPortfolio stored, PaperHistory history, List<Position> positions,
            double[] benchmark, List<TradePostMortem> postMortems, List<String> ghosts) {
    }

    /** An open position valued at its last close. */
    public record Position(String symbol, String origin, LocalDate entryDate, double shares, double entryPrice,
            double lastClose, double value, double unrealized, double stop, String pendingExit) {
    }

    /**
     * @throws IllegalArgumentException for an unknown strategy, a symbol without daily bars, a taken name,
     *         fractional shares or total returns (a paper portfolio holds whole shares and earns price returns)
     */
    public long create(PaperPortfolio p) {
        if (p.request().account().fractional()) {
            throw new IllegalArgumentException("a paper portfolio holds whole shares: fractional shares are not available");
        }
        if (p.request().account().returns() != ReturnMode.PRICE) {
            throw new IllegalArgumentException("a paper portfolio earns price returns: returns "
                    + p.request().account().returns().text() + " is not available");
        }
        if (!p.switches()) {
            strategies.get(p.request().strategyId());
        }
        for (Candidate c : p.candidates()) {
            strategies.get(c.strategyId());
        }
        List<String> unknown = p.request().requiredSymbols().stream().filter(s -> !market.dailySymbols().contains(s)).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no daily bars for " + String.join(", ", unknown));
        }
        return repository.create(p);
    }

    public List<StoredPaperPortfolio> list() {
        return repository.list();
    }

    public StoredPaperPortfolio get(String name) {
        return repository.find(name).orElseThrow(() -> new IllegalArgumentException("no portfolio named '" + name
                + "' (known: " + String.join(", ", repository.list().stream().map(s -> s.portfolio().name()).toList()) + ")"));
    }

    /**
     * Updates {@code name} and then each of its ghosts through {@code through} (null = the newest stored bar of
     * the portfolio's symbols).
     */
    public List<UpdateOutcome> update(String name, LocalDate through, ProgressSink progress, Cancellation cancellation) {
        List<String> names = new ArrayList<>();
        names.add(name);
        names.addAll(repository.ghostsOf(get(name).portfolio().name()));
        SortedMap<LocalDate, MarketRegime> regimes = null;
        List<UpdateOutcome> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            cancellation.throwIfCancelled();
            progress.progress(k, names.size(), "updating " + names.get(k));
            StoredPaperPortfolio s = get(names.get(k));
            List<PriceColumns> bars = bars(s.portfolio().request());
            LocalDate last = through != null ? through : newest(bars);
            if (regimes == null && s.portfolio().switches() && s.portfolio().switching().readsRegimes()) {
                regimes = regimes();
            }
            PaperUpdate u = trader.update(s.portfolio(), s.state(), bars, last, regimes == null ? new TreeMap<>() : regimes);
            repository.append(s.portfolio().name(), s.state(), u);
            StoredPaperPortfolio after = get(names.get(k));
            PaperHistory h = repository.history(names.get(k));
            out.add(new UpdateOutcome(names.get(k), u.days().size(), u.executions().size(), u.closedTrips().size(),
                    u.switches().size(), after.state().lastDay(), h.days().isEmpty() ? s.portfolio().request().capital()
                            : h.days().getLast().equity()));
        }
        progress.progress(names.size(), names.size(), "updated");
        return out;
    }

    public void addHandTrade(String name, HandTrade trade) {
        repository.addHandTrade(get(name).portfolio().name(), trade);
    }

    public PortfolioView view(String name) {
        StoredPaperPortfolio s = get(name);
        PaperHistory h = repository.history(name);
        BacktestRequest r = s.portfolio().request();
        Map<String, PriceColumns> bars = new HashMap<>();
        for (PriceColumns p : bars(r)) {
            bars.put(p.symbol(), p);
        }
        List<Position> positions = new ArrayList<>();
        for (PortfolioBook.Holding x : s.state().book().holdings()) {
            double value = x.shares() * x.lastClose();
            positions.add(new Position(x.symbol(), s.state().origins().getOrDefault(x.symbol(), s.state().active()),
                    LocalDate.ofEpochDay(x.entryTime()), x.shares(), x.entryPrice(), x.lastClose(), value,
                    value - x.entryCost(), effectiveStop(x.stop(), x.trailLevel()),
                    x.pendingExit() == null ? null : x.pendingExit().name()));
        }
        double[] benchmark = null;
        if (r.benchmark() != null && !h.days().isEmpty()) {
            long[] time = h.days().stream().mapToLong(d -> d.date().toEpochDay()).toArray();
            benchmark = PortfolioBacktester.benchmarkEquity(bars.get(r.benchmark()), time, r.capital());
        }
        SortedMap<LocalDate, MarketRegime> regimes = h.trips().isEmpty() ? new TreeMap<>() : regimes();
        List<TradePostMortem> pm = new PostMortems(POST_MORTEM_BARS, NOTABLE_MOVE).of(h.trips(), bars, regimes, r.fill());
        return new PortfolioView(s, h, positions, benchmark, pm, repository.ghostsOf(name));
    }

    /** "What if I had followed every signal since {@code since}": a backtest of the active strategy from then on. */
    public BacktestResult whatIf(String name, LocalDate since) {
        StoredPaperPortfolio s = get(name);
        List<PriceColumns> bars = bars(s.portfolio().request());
        return trader.whatIf(s.portfolio(), s.state().active(), since, newest(bars), bars);
    }

    /** One line about a what-if: strategy, span, final equity and return, trades, drawdown and the benchmark. */
    public static String describeWhatIf(BacktestResult r) {
        MetricSet m = r.metrics();
        long[] t = r.curve().time();
        return String.format(Locale.ROOT, "%s since %s (to %s): final equity %.2f (%+.2f %%), %d trades, max drawdown %.2f %%%s",
                r.request().strategyId(), LocalDate.ofEpochDay(t[0]), LocalDate.ofEpochDay(t[t.length - 1]),
                m.finalEquity(), 100 * m.totalReturn(), m.trades(), 100 * m.maxDrawdown(),
                m.benchmarkReturn() == null ? "" : String.format(Locale.ROOT, "; benchmark %+.2f %%", 100 * m.benchmarkReturn()));
    }

    /**
     * Backtests the portfolio's switching rule over its candidates from {@code from} to {@code to}
     * (null = the newest bar), starting with the portfolio's first strategy.
     */
    public SwitchingBacktest.Result backtestSwitching(String name, LocalDate from, LocalDate to) {
        StoredPaperPortfolio s = get(name);
        PaperPortfolio p = s.portfolio();
        if (!(p.switching() instanceof SwitchingRule rule)) {
            throw new IllegalArgumentException("portfolio '" + name + "' has no scored switching rule (create it with"
                    + " --candidate; a regime map is backtested with ./sextant backtest --regime-map)");
        }
        List<PriceColumns> bars = bars(p.request());
        LocalDate last = to != null ? to : newest(bars);
        List<CandidateCurve> curves = new ArrayList<>();
        for (Candidate c : p.candidates()) {
            BacktestResult r = trader.whatIf(p, c.label(), from, last, bars);
            curves.add(CandidateCurve.of(c.label(), r));
        }
        SortedMap<LocalDate, MarketRegime> regimes = rule.byRegime() ? regimes() : new TreeMap<>();
        SwitchingDecider decider = new SwitchingDecider(rule, curves, regimes, p.request().riskFreeRate());
        return SwitchingBacktest.run(decider, p.request().strategyId(), p.request().capital(), p.request().riskFreeRate());
    }

    private List<PriceColumns> bars(BacktestRequest r) {
        return r.requiredSymbols().stream().map(market::one).toList();
    }

    private static LocalDate newest(List<PriceColumns> bars) {
        long last = bars.stream().filter(p -> !p.isEmpty()).mapToLong(p -> p.time()[p.size() - 1]).max()
                .orElseThrow(() -> new IllegalArgumentException("the portfolio's symbols have no daily bars"));
        return LocalDate.ofEpochDay(last);
    }

    private SortedMap<LocalDate, MarketRegime> regimes() {
        return regimes.classify().map(BacktestRegimes.Classified::byDate).orElseGet(TreeMap::new);
    }

    /** The higher of the fixed stop and the trailing level, ignoring unset ones (NaN when neither is set). */
    private static double effectiveStop(double stop, double trail) {
        return Double.isNaN(stop) ? trail : Double.isNaN(trail) ? stop : Math.max(stop, trail);
    }
}
