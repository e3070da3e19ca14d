package dev.sextant.engine.optimize;

import dev.sextant.engine.metrics.MetricKey;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that defines a study. Same request, same bars → the same trials, whatever
 * {@code threads} is.
 *
 * @param name unique name under which the study is stored and resumed
 * @param base the backtest every trial runs (symbols, span, capital, costs, …); its params are the
 *        fixed (not searched) parameter values
 * @param space the searched parameters with their ranges; each must be a parameter of the
 *        strategy and its range inside the strategy's range
 * @param trials the trial budget: trial numbers {@code 0..trials-1}
 * @param gridLevels points per float parameter (and per wide int parameter) for the grid sampler
 * @param steps per searched numeric parameter, optionally: only the values {@code min + k·step} up to
 *        {@code max} are tried (by every sampler; the grid takes exactly those values). Int steps are
 *        whole numbers; a stepped float range is linear, so a log-scaled parameter takes no step
 * @param threads trials evaluated in parallel
 */
public record StudyRequest(
        String name,
        BacktestRequest base,
        ParamSpace space,
        Objective objective,
        List<TrialConstraint> constraints,
        SamplerKind sampler,
        int trials,
        long seed,
        PruningRule pruning,
        int gridLevels,
        Map<String, Double> steps,
        int threads) {

    public StudyRequest {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(sampler, "sampler");
        Objects.requireNonNull(pruning, "pruning");
        constraints = List.copyOf(constraints);
        steps = Collections.unmodifiableMap(new LinkedHashMap<>(steps));
        if (space.params().isEmpty()) {
            throw new IllegalArgumentException("the study searches no parameter");
        }
        if (trials < 1) {
            throw new IllegalArgumentException("trials must be >= 1, got " + trials);
        }
        if (gridLevels < 2) {
            throw new IllegalArgumentException("grid levels must be >= 2, got " + gridLevels);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be >= 1, got " + threads);
        }
        for (var p : space.params()) {
            if (base.params().containsKey(p.name())) {
                throw new IllegalArgumentException("param '" + p.name() + "' is both searched and fixed");
            }
        }
        for (var e : steps.entrySet()) {
            ParamSpec p = space.params().stream().filter(q -> q.name().equals(e.getKey())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("step for '" + e.getKey() + "', which is not searched"));
            SteppedRange.check(p, e.getValue());
        }
    }

    public static Builder builder(String name, BacktestRequest base, ParamSpace space) {
        return new Builder(name, base, space);
    }

    /** The same study under another name and base backtest (used per walk-forward fold). */
    public StudyRequest with(String newName, BacktestRequest newBase) {
        return new StudyRequest(newName, newBase, space, objective, constraints, sampler, trials, seed, pruning,
                gridLevels, steps, threads);
    }

    /** Defaults: maximize sharpe, no constraints, GA, 100 trials, seed 0, pruning off, 5 grid levels, no steps, 1 thread. */
    public static final class Builder {
        private final String name;
        private final BacktestRequest base;
        private final ParamSpace space;
        private Objective objective = Objective.maximize(MetricKey.SHARPE.key());
        private List<TrialConstraint> constraints = List.of();
        private SamplerKind sampler = SamplerKind.GA;
        private int trials = 100;
        private long seed;
        private PruningRule pruning = PruningRule.OFF;
        private int gridLevels = 5;
        private Map<String, Double> steps = Map.of();
        private int threads = 1;

        Builder(String name, BacktestRequest base, ParamSpace space) {
            this.name = name;
            this.base = base;
            this.space = space;
        }

        public Builder objective(Objective o) {
            this.objective = o;
            return this;
        }

        public Builder constraints(List<TrialConstraint> c) {
            this.constraints = c;
            return this;
        }

        public Builder sampler(SamplerKind s) {
            this.sampler = s;
            return this;
        }

        public Builder trials(int n) {
            this.trials = n;
            return this;
        }

        public Builder seed(long s) {
            this.seed = s;
            return this;
        }

        public Builder pruning(PruningRule p) {
            this.pruning = p;
            return this;
        }

        public Builder gridLevels(int levels) {
            this.gridLevels = levels;
            return this;
        }

        /** Steps of searched numeric parameters, by name. */
        public Builder steps(Map<String, Double> s) {
            this.steps = s;
            return this;
        }

        public Builder threads(int t) {
            this.threads = t;
            return this;
        }

        public StudyRequest build() {
            return new StudyRequest(name, base, space, objective, constraints, sampler, trials, seed, pruning,
                    gridLevels, steps, threads);
        }
    }
}
