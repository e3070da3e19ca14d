package dev.sextant.engine.optimize;

import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Every point of a grid, the first parameter varying slowest, in batches of
 * {@value RandomSampler#BATCH}. Levels: every integer of an int range with at most
 * {@code levels} values, else {@code levels} evenly spaced integers (rounded, duplicates
 * dropped); {@code levels} evenly spaced floats including both ends (geometrically spaced for
 * log-scaled ones); every choice of a categorical; every value of a stepped range
 * ({@link SteppedRange}).
 *
 * <p>Rule: a grid with more points than the trial budget is refused with a message giving both
 * numbers (no silent sampling); a smaller grid is evaluated exhaustively and the study ends
 * with fewer trials than the budget.
 */
final class GridSampler implements Sampler {

    private final List<String> names;
    private final List<List<Object>> levels;

    GridSampler(ParamSpace space, int levelsPerParam, int budget) {
        this(space, Map.of(), levelsPerParam, budget);
    }

    GridSampler(ParamSpace space, Map<String, Double> steps, int levelsPerParam, int budget) {
        this.names = space.params().stream().map(ParamSpec::name).toList();
        this.levels = space.params().stream().map(p -> steps.containsKey(p.name()) ? SteppedRange.values(p, steps.get(p.name()))
                : levelsOf(p, levelsPerParam)).toList();
        long size = size();
        if (size > budget) {
            throw new IllegalArgumentException("the grid has " + size + " points (" + describe()
                    + ") but the trial budget is " + budget + ": raise the trials to " + size
                    + ", lower the grid levels, or use the ga or random sampler");
        }
    }

    long size() {
        long size = 1;
        for (List<Object> l : levels) {
            size = Math.multiplyExact(size, l.size());
        }
        return size;
    }

    @Override
    public void run(TrialScheduler scheduler) {
        int total = (int) size();
        for (int start = 0; start < total && !scheduler.budgetUsed(); start += RandomSampler.BATCH) {
            List<Map<String, Object>> batch = new ArrayList<>();
            for (int k = start; k < Math.min(total, start + RandomSampler.BATCH); k++) {
                batch.add(point(k));
            }
            scheduler.evaluate(batch);
        }
    }

    private Map<String, Object> point(int index) {
        Map<String, Object> out = new LinkedHashMap<>();
        int rest = index;
        Object[] values = new Object[names.size()];
        for (int d = names.size() - 1; d >= 0; d--) {
            List<Object> l = levels.get(d);
            values[d] = l.get(rest % l.size());
            rest /= l.size();
        }
        for (int d = 0; d < names.size(); d++) {
            out.put(names.get(d), values[d]);
        }
        return out;
    }

    private String describe() {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < names.size(); d++) {
            parts.add(names.get(d) + " " + levels.get(d).size());
        }
        return String.join(" × ", parts);
    }

    private static List<Object> levelsOf(ParamSpec p, int n) {
        List<Object> out = new ArrayList<>();
        switch (p) {
            case ParamSpec.IntParam i -> {
                TreeSet<Integer> values = new TreeSet<>();
                if ((long) i.max() - i.min() + 1 <= n) {
                    for (int v = i.min(); v <= i.max(); v++) {
                        values.add(v);
                    }
                } else {
                    for (int k = 0; k < n; k++) {
                        values.add((int) Math.round(i.min() + (double) k * ((long) i.max() - i.min()) / (n - 1)));
                    }
                }
                out.addAll(values);
            }
            case ParamSpec.FloatParam f -> {
                for (int k = 0; k < n; k++) {
                    double t = (double) k / (n - 1);
                    double v = f.logScale() ? Math.exp(Math.log(f.min()) + t * (Math.log(f.max()) - Math.log(f.min())))
                            : f.min() + t * (f.max() - f.min());
                    out.add(Math.min(f.max(), Math.max(f.min(), v)));
                }
            }
            case ParamSpec.CategoricalParam c -> out.addAll(c.choices());
        }
        return out;
    }
}
