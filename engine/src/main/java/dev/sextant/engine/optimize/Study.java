package dev.sextant.engine.optimize;

import dev.sextant.engine.backtest.PortfolioBacktester;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Runs an optimizer study (in the spirit of Optuna) over in-memory bars: a sampler proposes
 * parameter sets, each is backtested ({@link TrialEvaluator}) and recorded in a
 * {@link StudyStore}. A study whose name already has trials in the store is resumed: finished
 * trial numbers are taken from the store, the rest evaluated, and the result equals that of an
 * uninterrupted run with the same request (samplers are deterministic functions of the seed and of
 * the earlier trials' results).
 */
public final class Study {

    private final StrategyCatalog catalog;
    private final SignalCache cache;
    private final Collection<PriceColumns> bars;
    private final StudyStore store;
    private final TrialRunner.Factory runners;

    /**
     * Trials run on a pool of {@link StudyRequest#threads()} threads of this JVM. {@code cache} is the backtester's
     * signal cache; trials keep their signals in none (no other trial asks for their parameters).
     */
    public Study(StrategyCatalog catalog, SignalCache cache, Collection<PriceColumns> bars, StudyStore store) {
        this(catalog, cache, bars, store, null);
    }

    /**
     * Trials run where {@code runners} puts them (for example on a cluster); null for the local pool. Everything
     * else (sampler, numbering, pruning reference, store) stays here, so the result is the same.
     */
    public Study(StrategyCatalog catalog, SignalCache cache, Collection<PriceColumns> bars, StudyStore store,
            TrialRunner.Factory runners) {
        this.catalog = catalog;
        this.cache = cache;
        this.bars = List.copyOf(bars);
        this.store = store;
        this.runners = runners;
    }

    /**
     * The evaluator of one study's trials over {@code bars}: what a remote worker runs for each trial it is sent.
     */
    public static TrialEvaluator evaluator(StrategyCatalog catalog, SignalCache cache, Collection<PriceColumns> bars,
            StudyRequest request, TrialRunner.Span span) {
        return evaluator(catalog, cache, bars, request, span, 1);
    }

    /**
     * Like {@link #evaluator(StrategyCatalog, SignalCache, Collection, StudyRequest, TrialRunner.Span)}, computing each
     * trial's signals on {@code signalThreads} threads (per symbol; the trial is the same on any number).
     */
    public static TrialEvaluator evaluator(StrategyCatalog catalog, SignalCache cache, Collection<PriceColumns> bars,
            StudyRequest request, TrialRunner.Span span, int signalThreads) {
        return new TrialEvaluator(new PortfolioBacktester(catalog, cache, signalThreads), bars, request, span.from(),
                span.middle(), span.to());
    }

    /**
     * @throws IllegalArgumentException for an unknown strategy, a searched parameter the strategy
     *         does not have or whose range exceeds the strategy's, or a grid larger than the budget
     * @throws CancelledException when {@code cancel} fired; the finished trials are stored and the
     *         study is marked interrupted
     */
    public StudyResult run(StudyRequest request, ProgressSink progress, Cancellation cancel) {
        long t0 = System.nanoTime();
        checkSpace(catalog.get(request.base().strategyId()), request);
        LocalDate[] span = span(request);
        ParamCodec codec = new ParamCodec(request.space(), request.steps());
        Sampler sampler = switch (request.sampler()) {
            case GA -> new GaSampler(codec, request.seed(), request.trials());
            case RANDOM -> new RandomSampler(codec, request.seed());
            case GRID -> new GridSampler(request.space(), request.steps(), request.gridLevels(), request.trials());
        };
        int total = sampler instanceof GridSampler g ? (int) g.size() : request.trials();
        List<Trial> stored = store.loadTrials(request.name());
        store.saveStudy(request, StudyState.RUNNING);
        LocalDate middle = span[0].plusDays((span[1].toEpochDay() - span[0].toEpochDay()) / 2);
        TrialRunner.Span days = new TrialRunner.Span(span[0], middle, span[1]);
        try (TrialRunner runner = runners == null
                ? new LocalTrialRunner(evaluator(catalog, cache, bars, request, days), request.threads())
                : runners.open(request, days);
                TrialScheduler scheduler = new TrialScheduler(request, runner, store, stored, progress, cancel, total)) {
            sampler.run(scheduler);
            scheduler.close(); // every trial stored before the study is marked completed (closing again is harmless)
            store.saveStudy(request, StudyState.COMPLETED);
            return StudyResult.of(request, scheduler.trials(), scheduler.evaluatedNow(), (System.nanoTime() - t0) / 1_000_000);
        } catch (CancelledException e) {
            store.saveStudy(request, StudyState.INTERRUPTED);
            throw e;
        } catch (RuntimeException e) {
            store.saveStudy(request, StudyState.FAILED);
            throw e;
        }
    }

    /** The study's first and last day: the request's dates, or the traded symbols' first and last bar. */
    private LocalDate[] span(StudyRequest request) {
        var symbols = request.base().symbols();
        List<PriceColumns> traded = bars.stream().filter(p -> symbols.contains(p.symbol()) && !p.isEmpty()).toList();
        if (traded.isEmpty()) {
            throw new IllegalArgumentException("no bars supplied for the symbols " + symbols);
        }
        LocalDate first = LocalDate.ofEpochDay(traded.stream().mapToLong(p -> p.time()[0]).min().orElseThrow());
        LocalDate last = LocalDate.ofEpochDay(traded.stream().mapToLong(p -> p.time()[p.size() - 1]).max().orElseThrow());
        LocalDate from = request.base().from() == null ? first : request.base().from();
        LocalDate to = request.base().to() == null ? last : request.base().to();
        return new LocalDate[] {from, to};
    }

    private static void checkSpace(StrategyProvider provider, StudyRequest request) {
        Map<String, ParamSpec> declared = new java.util.HashMap<>();
        provider.paramSpace().params().forEach(p -> declared.put(p.name(), p));
        for (ParamSpec p : request.space().params()) {
            ParamSpec d = declared.get(p.name());
            if (d == null) {
                throw new IllegalArgumentException("strategy " + provider.id() + " has no param '" + p.name()
                        + "' (known: " + declared.keySet().stream().sorted().toList() + ")");
            }
            boolean inside = switch (p) {
                case ParamSpec.IntParam i -> d instanceof ParamSpec.IntParam di && i.min() >= di.min() && i.max() <= di.max();
                case ParamSpec.FloatParam f -> d instanceof ParamSpec.FloatParam df && f.min() >= df.min() && f.max() <= df.max();
                case ParamSpec.CategoricalParam c -> d instanceof ParamSpec.CategoricalParam dc && dc.choices().containsAll(c.choices());
            };
            if (!inside) {
                throw new IllegalArgumentException("searched range of '" + p.name() + "' " + p
                        + " is not inside the strategy's " + d);
            }
        }
    }
}
