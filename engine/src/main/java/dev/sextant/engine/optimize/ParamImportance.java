package dev.sextant.engine.optimize;

import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much of the variation of the objective each searched parameter explains on its own: the
 * correlation ratio η² = Σ_b n_b (ȳ_b − ȳ)² / Σ_i (y_i − ȳ)² over the complete trials, where the
 * bins b are the distinct values of the parameter when it has at most {@value #BINS} of them
 * (always for categoricals), else {@value #BINS} bins of (nearly) equal count by rank of the value
 * (ties ordered by trial number). 0 = the objective's mean does not change with the parameter,
 * 1 = the parameter alone determines it. Empty with fewer than 4 complete trials; 0 when all
 * objectives are equal. The values of different parameters do not add up to 1 (interactions).
 */
public final class ParamImportance {

    static final int BINS = 10;

    private ParamImportance() {
    }

    public static Map<String, Double> of(ParamSpace space, List<Trial> trials) {
        List<Trial> complete = trials.stream().filter(Trial::isComplete).toList();
        Map<String, Double> out = new LinkedHashMap<>();
        if (complete.size() < 4) {
            return out;
        }
        for (ParamSpec p : space.params()) {
            out.put(p.name(), etaSquared(complete, p.name()));
        }
        return out;
    }

    private static double etaSquared(List<Trial> trials, String name) {
        List<Trial> sorted = new ArrayList<>(trials);
        sorted.sort((a, b) -> {
            int c = compareValues(a.params().get(name), b.params().get(name));
            return c != 0 ? c : Integer.compare(a.number(), b.number());
        });
        List<Object> distinct = sorted.stream().map(t -> t.params().get(name)).distinct().toList();
        int n = sorted.size();
        int[] bin = new int[n];
        int bins;
        if (distinct.size() <= BINS) {
            bins = distinct.size();
            for (int i = 0; i < n; i++) {
                bin[i] = distinct.indexOf(sorted.get(i).params().get(name));
            }
        } else {
            bins = BINS;
            for (int i = 0; i < n; i++) {
                bin[i] = (int) ((long) i * BINS / n);
            }
        }
        double mean = sorted.stream().mapToDouble(Trial::objectiveValue).average().orElseThrow();
        double[] sum = new double[bins];
        int[] count = new int[bins];
        double total = 0;
        for (int i = 0; i < n; i++) {
            double y = sorted.get(i).objectiveValue();
            sum[bin[i]] += y;
            count[bin[i]]++;
            total += (y - mean) * (y - mean);
        }
        if (total == 0) {
            return 0.0;
        }
        double between = 0;
        for (int b = 0; b < bins; b++) {
            if (count[b] > 0) {
                double m = sum[b] / count[b];
                between += count[b] * (m - mean) * (m - mean);
            }
        }
        return between / total;
    }

    private static int compareValues(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }
}
