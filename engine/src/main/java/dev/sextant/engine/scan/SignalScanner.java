package dev.sextant.engine.scan;

import dev.sextant.engine.spi.Signal;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.rules.DayGate;
import dev.sextant.engine.rules.EntryRules;
import dev.sextant.engine.spi.CrossSectionalProvider;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.MomentumRankProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;

/**
 * Lists, for one date, the strategy's entry signals, the symbols close to triggering and a
 * momentum ranking. The strategy's {@link SignalColumns} come from the same cache as the
 * backtester's, so a scan after a backtest (or a second scan) costs little more than a lookup per
 * symbol plus the momentum scores of that day. Daily series only.
 */
public final class SignalScanner {

    private static final int VOLUME_RATIO_BARS = 20;

    private final StrategyCatalog catalog;
    private final SignalCache cache;

    public SignalScanner(StrategyCatalog catalog, SignalCache cache) {
        this.catalog = catalog;
        this.cache = cache;
    }

    public ScanResult scan(ScanRequest request, Collection<PriceColumns> bars) {
        return scan(request, bars, ProgressSink.NONE, Cancellation.NEVER);
    }

    /**
     * {@link #scan(ScanRequest, Collection)} with progress and cancellation: one unit per symbol
     * whose signals are ready and, with a momentum ranking, one per symbol scored; cancellation is
     * checked before each symbol.
     *
     * @throws dev.sextant.engine.job.CancelledException when {@code cancel} asks to stop
     */
    public ScanResult scan(ScanRequest request, Collection<PriceColumns> bars, ProgressSink progress, Cancellation cancel) {
        return scan(request, bars, bars, progress, cancel);
    }

    /**
     * {@link #scan(ScanRequest, Collection, ProgressSink, Cancellation)} with the entry filters read
     * from {@code filterBars} (the index and volatility series the filters name), so that they need not be
     * scanned themselves. When a filter is closed on the scan date no signal is listed; the result
     * says which filter and how many signals it blocked.
     *
     * @throws IllegalArgumentException when a filter's series is not in {@code filterBars}
     */
    public ScanResult scan(ScanRequest request, Collection<PriceColumns> bars, Collection<PriceColumns> filterBars,
            ProgressSink progress, Cancellation cancel) {
        StrategyProvider provider = catalog.get(request.strategyId());
        Params params = provider.paramSpace().resolve(request.params());
        List<PriceColumns> series = bars.stream().filter(p -> !p.isEmpty())
                .sorted(Comparator.comparing(PriceColumns::symbol)).toList();
        if (series.isEmpty()) {
            throw new IllegalArgumentException("no bars to scan");
        }
        if (series.stream().anyMatch(p -> p.timeframe().isIntraday())) {
            throw new IllegalArgumentException("the scanner works on daily series");
        }
        LocalDate date = request.date() != null ? request.date()
                : LocalDate.ofEpochDay(series.stream().mapToLong(p -> p.time()[p.size() - 1]).max().orElseThrow());
        long day = date.toEpochDay();

        int n = series.size();
        long total = request.momentumTop() > 0 ? 2L * n : n;
        List<SignalColumns> signals = signalsOf(provider, series, params,
                done -> progress.progress(done, total, "signals of " + done + " of " + n + " symbols"), cancel);
        List<Signal> found = new ArrayList<>();
        List<NearTrigger> near = new ArrayList<>();
        for (int s = 0; s < series.size(); s++) {
            PriceColumns p = series.get(s);
            int i = java.util.Arrays.binarySearch(p.time(), day);
            SignalColumns sc = signals.get(s);
            if (i < 0 || i < sc.firstTradable()) {
                continue;
            }
            double close = p.close()[i];
            if (sc.entry()[i]) {
                found.add(new Signal(Signal.idOf(provider.id(), p.symbol(), date), provider.id(), p.symbol(), date, close,
                        valuesAt(sc, i), volumeRatio(p, i), sc.stopLevel()[i], sc.targetLevel()[i], sc.strong()[i],
                        sc.rankScore()[i]));
            } else {
                double d = sc.triggerDistance()[i];
                if (d > 0 && d <= request.approachDistance()) {
                    near.add(new NearTrigger(p.symbol(), date, close, d, valuesAt(sc, i)));
                }
            }
        }
        found.sort(Comparator.comparingDouble((Signal x) -> Double.isNaN(x.rankScore()) ? Double.POSITIVE_INFINITY : -x.rankScore())
                .thenComparing(Signal::symbol));
        near.sort(Comparator.comparingDouble(NearTrigger::distance).thenComparing(NearTrigger::symbol));
        List<MomentumRank> momentum = momentum(series, day, request.momentumTop(),
                done -> progress.progress(n + done, total, "momentum of " + done + " of " + n + " symbols"), cancel);
        List<GateVerdict> verdicts = verdicts(request.rules(), day, filterBars);
        int blocked = 0;
        if (verdicts.stream().anyMatch(v -> !v.open())) {
            blocked = found.size();
            found.clear();
        }
        return new ScanResult(date, List.copyOf(found), List.copyOf(near), momentum, verdicts, blocked);
    }

    private static List<GateVerdict> verdicts(EntryRules rules, long day, Collection<PriceColumns> filterBars) {
        Map<String, PriceColumns> bySymbol = new java.util.HashMap<>();
        for (PriceColumns p : filterBars) {
            bySymbol.put(p.symbol(), p);
        }
        List<GateVerdict> out = new ArrayList<>();
        for (DayGate g : rules.gates()) {
            boolean open = g.openDays(new long[] {day}, bySymbol)[0];
            out.add(new GateVerdict(g.name(), g.spec(), open, g.closedBecause()));
        }
        return out;
    }

    private List<SignalColumns> signalsOf(StrategyProvider provider, List<PriceColumns> series, Params params,
            IntConsumer ready, Cancellation cancel) {
        List<SignalColumns> perSymbol = new ArrayList<>(series.size());
        for (PriceColumns p : series) {
            cancel.throwIfCancelled();
            perSymbol.add(cache.get(provider, p, params));
            ready.accept(perSymbol.size());
        }
        if (provider instanceof CrossSectionalProvider cs) {
            return cs.rankAcross(new AlignedUniverse(series), perSymbol, params);
        }
        return perSymbol;
    }

    /**
     * Momentum-rank scores at {@code day}, with momentum-rank's default params. Computed per symbol
     * and not cached: only one value per symbol is needed, and keeping every symbol's momentum
     * columns beside the strategy's would double the scanner's memory.
     */
    private List<MomentumRank> momentum(List<PriceColumns> series, long day, int top, IntConsumer scored, Cancellation cancel) {
        if (top <= 0) {
            return List.of();
        }
        StrategyProvider momentum = catalog.get(MomentumRankProvider.ID);
        Params defaults = momentum.paramSpace().defaults();
        record Scored(String symbol, double score) {
        }
        List<Scored> ranked = new ArrayList<>();
        int done = 0;
        for (PriceColumns p : series) {
            cancel.throwIfCancelled();
            int i = java.util.Arrays.binarySearch(p.time(), day);
            if (i >= 0) {
                double score = momentum.computeSignals(p, defaults).rankScore()[i];
                if (!Double.isNaN(score)) {
                    ranked.add(new Scored(p.symbol(), score));
                }
            }
            scored.accept(++done);
        }
        ranked.sort(Comparator.comparingDouble((Scored x) -> -x.score()).thenComparing(Scored::symbol));
        List<MomentumRank> out = new ArrayList<>();
        for (int r = 0; r < Math.min(top, ranked.size()); r++) {
            out.add(new MomentumRank(r + 1, ranked.get(r).symbol(), ranked.get(r).score()));
        }
        return out;
    }

    private static Map<String, Double> valuesAt(SignalColumns sc, int i) {
        Map<String, Double> m = new LinkedHashMap<>();
        sc.indicators().forEach((name, col) -> m.put(name, col[i]));
        return java.util.Collections.unmodifiableMap(m);
    }

    /** volume[i] / mean of the last 20 volumes including i (NaN before 20 bars). */
    private static double volumeRatio(PriceColumns p, int i) {
        if (i < VOLUME_RATIO_BARS - 1) {
            return Double.NaN;
        }
        double sum = 0;
        for (int k = i - VOLUME_RATIO_BARS + 1; k <= i; k++) {
            sum += p.volume()[k];
        }
        return sum > 0 ? p.volume()[i] / (sum / VOLUME_RATIO_BARS) : Double.NaN;
    }
}
