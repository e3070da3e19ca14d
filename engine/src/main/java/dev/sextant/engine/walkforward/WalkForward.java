package dev.sextant.engine.walkforward;

import dev.sextant.engine.metrics.MetricKey;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.metrics.PerformanceMetrics;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyStore;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.stats.DeflatedSharpeRatio;
import dev.sextant.engine.stats.ProbabilityOfBacktestOverfitting;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Walk-forward analysis: per fold of the {@link WalkForwardPlan}, a {@link Study} on the
 * in-sample window picks the parameters, which then trade the out-of-sample window with the
 * capital the previous fold ended with. Positions still open at the end of an out-of-sample
 * window are valued at their last close and the next window starts in cash (no exit costs are
 * charged for that hand-over). Signals are computed over each symbol's whole history (they only
 * look back), so indicators are warm at every window start, and a signal before a window's first
 * day never trades in it. Cached signals are shared by all folds.
 */
public final class WalkForward {

    private static final double BARS_PER_YEAR = 252.0;

    private final StrategyCatalog catalog;
    private final SignalCache cache;
    private final List<PriceColumns> bars;
    private final FoldStudies foldStudies;

    /** The folds' studies run one after the other in this JVM. */
    public WalkForward(StrategyCatalog catalog, SignalCache cache, Collection<PriceColumns> bars, StudyStore store) {
        this(catalog, cache, bars, new LocalFoldStudies(new Study(catalog, cache, bars, store)));
    }

    /** The folds' studies run by {@code foldStudies} (for example as tasks on a cluster). */
    public WalkForward(StrategyCatalog catalog, SignalCache cache, Collection<PriceColumns> bars, FoldStudies foldStudies) {
        this.catalog = catalog;
        this.cache = cache;
        this.bars = List.copyOf(bars);
        this.foldStudies = foldStudies;
    }

    public WalkForwardResult run(WalkForwardRequest request, ProgressSink progress, Cancellation cancel) {
        long t0 = System.nanoTime();
        StudyRequest template = request.study();
        BacktestRequest base = template.base();
        long[] calendar = calendar(base);
        List<Fold> folds = request.plan().folds(calendar);
        if (folds.isEmpty()) {
            throw new IllegalArgumentException("no fold fits: " + calendar.length + " bars are too few for in-sample "
                    + request.plan().inSample() + " plus out-of-sample " + request.plan().outOfSample());
        }
        PortfolioBacktester backtester = new PortfolioBacktester(catalog, cache, 1);
        List<StudyRequest> studies = new ArrayList<>();
        for (Fold fold : folds) {
            int k = fold.index();
            studies.add(new StudyRequest(template.name() + "/fold-" + k,
                    base.toBuilder().from(fold.isFrom()).to(fold.isTo()).build(), template.space(), template.objective(),
                    template.constraints(), template.sampler(), template.trials(), template.seed() + k, template.pruning(),
                    template.gridLevels(), template.steps(), template.threads()));
        }
        List<StudyResult> studied = foldStudies.run(studies, progress, cancel);
        List<FoldResult> results = new ArrayList<>();
        List<List<Trial>> trialsByFold = new ArrayList<>();
        List<Long> time = new ArrayList<>();
        List<Double> equity = new ArrayList<>();
        double capital = base.capital();
        for (Fold fold : folds) {
            StudyResult foldStudy = studied.get(fold.index());
            trialsByFold.add(foldStudy.trials());
            FoldResult fr = outOfSample(fold, foldStudy, base, capital, backtester, calendar, time, equity);
            results.add(fr);
            capital = fr.endCapital();
        }
        double[] e = equity.stream().mapToDouble(Double::doubleValue).toArray();
        long[] t = time.stream().mapToLong(Long::longValue).toArray();
        double[] returns = new double[e.length];
        for (int i = 0; i < e.length; i++) {
            returns[i] = e[i] / (i == 0 ? base.capital() : e[i - 1]) - 1;
        }
        double[] withStart = new double[e.length + 1];
        withStart[0] = base.capital();
        System.arraycopy(e, 0, withStart, 1, e.length);
        Double oosCagr = PerformanceMetrics.cagr(withStart, t[t.length - 1] - folds.get(0).oosFrom().toEpochDay() + 1);
        Double oosSharpe = PerformanceMetrics.sharpe(returns, base.riskFreeRate());
        Double tStat = oosSharpe == null ? null : oosSharpe / Math.sqrt(BARS_PER_YEAR) * Math.sqrt(returns.length);
        double meanIs = results.stream().map(r -> MetricKey.CAGR.in(r.isMetrics())).filter(v -> v != null)
                .mapToDouble(Double::doubleValue).average().orElse(Double.NaN);
        WalkForwardEfficiency wfe = WalkForwardEfficiency.of(oosCagr, Double.isNaN(meanIs) ? null : meanIs);

        List<String> names = template.space().params().stream().map(ParamSpec::name).toList();
        Map<String, ParamStability> stability = ParamStability.of(names, results.stream().map(FoldResult::params).toList());
        int totalTrials = trialsByFold.stream().mapToInt(List::size).sum();

        DeflatedSharpeRatio dsr = null;
        String dsrNote = null;
        double[] trialSharpes = trialsByFold.stream().flatMap(List::stream).map(tr -> MetricKey.SHARPE.in(tr.metrics()))
                .filter(v -> v != null).mapToDouble(v -> v / Math.sqrt(BARS_PER_YEAR)).toArray();
        double[] excess = Arrays.stream(returns).map(r -> r - base.riskFreeRate() / BARS_PER_YEAR).toArray();
        if (trialSharpes.length < 2) {
            dsrNote = "fewer than 2 trials with a defined Sharpe ratio";
        } else if (excess.length < 3 || Arrays.stream(excess).distinct().count() < 2) {
            dsrNote = "the out-of-sample returns are too few or constant";
        } else {
            dsr = DeflatedSharpeRatio.of(excess, totalTrials, variance(trialSharpes));
        }

        ProbabilityOfBacktestOverfitting pbo = null;
        String pboNote = null;
        BacktestRequest whole = base.toBuilder().from(folds.get(0).isFrom())
                .to(LocalDate.ofEpochDay(calendar[calendar.length - 1])).build();
        double[][] matrix = CandidateReturns.of(trialsByFold, template.objective(), request.pboCandidates(), whole,
                backtester, bars);
        if (matrix.length < 2) {
            pboNote = "fewer than 2 distinct complete parameter sets";
        } else if (matrix[0].length / request.pboBlocks() < 2) {
            pboNote = matrix[0].length + " daily returns are too few for " + request.pboBlocks() + " blocks";
        } else {
            pbo = ProbabilityOfBacktestOverfitting.of(matrix, request.pboBlocks());
        }
        return new WalkForwardResult(request, results, t, e, oosCagr, oosSharpe, tStat, wfe, stability, totalTrials,
                dsr, dsrNote, pbo, pboNote, (System.nanoTime() - t0) / 1_000_000);
    }

    private FoldResult outOfSample(Fold fold, StudyResult studied, BacktestRequest base, double capital,
            PortfolioBacktester backtester, long[] calendar, List<Long> time, List<Double> equity) {
        Map<String, Object> params = studied.bestParams();
        if (params == null) {
            for (int c = fold.oosStart(); c < fold.oosEnd(); c++) {
                time.add(calendar[c]);
                equity.add(capital);
            }
            return new FoldResult(fold, null, Map.of(), Map.of(), List.of(),
                    new WalkForwardEfficiency(null, "no complete trial in-sample"), studied.trials().size(), capital, capital);
        }
        BacktestResult oos = backtester.run(base.toBuilder().params(params).from(fold.oosFrom()).to(fold.oosTo())
                .capital(capital).build(), bars);
        for (int i = 0; i < oos.curve().size(); i++) {
            time.add(oos.curve().time()[i]);
            equity.add(oos.curve().equity()[i]);
        }
        Map<String, Object> isMetrics = studied.best().metrics();
        Map<String, Object> oosMetrics = oos.metrics().asMap();
        WalkForwardEfficiency wfe = WalkForwardEfficiency.of(MetricKey.CAGR.in(oosMetrics), MetricKey.CAGR.in(isMetrics));
        return new FoldResult(fold, params, isMetrics, oosMetrics, oos.roundTrips(), wfe, studied.trials().size(), capital,
                oos.metrics().finalEquity());
    }

    /** Trading days (union of the traded symbols' bars) inside the base request's span. */
    private long[] calendar(BacktestRequest base) {
        TreeSet<Long> days = new TreeSet<>();
        long from = base.from() == null ? Long.MIN_VALUE : base.from().toEpochDay();
        long to = base.to() == null ? Long.MAX_VALUE : base.to().toEpochDay();
        for (PriceColumns p : bars) {
            if (base.symbols().contains(p.symbol())) {
                for (long d : p.time()) {
                    if (d >= from && d <= to) {
                        days.add(d);
                    }
                }
            }
        }
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no bars of " + base.symbols() + " between " + base.from() + " and " + base.to());
        }
        return days.stream().mapToLong(Long::longValue).toArray();
    }

    private static double variance(double[] x) {
        double m = Arrays.stream(x).average().orElseThrow();
        return Arrays.stream(x).map(v -> (v - m) * (v - m)).sum() / (x.length - 1);
    }
}
