package dev.sextant.engine.walkforward;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How much a chosen parameter moves from fold to fold. Numeric: mean, sample standard deviation
 * and coefficient of variation {@code sd / |mean|} (null with fewer than 2 folds or a zero mean).
 * Categorical: the most frequent value and its share of the folds. Folds without chosen
 * parameters are left out.
 */
public record ParamStability(String param, int folds, Double mean, Double stdDev, Double coefficientOfVariation,
        String mode, Double modeShare) {

    static Map<String, ParamStability> of(List<String> names, List<Map<String, Object>> chosen) {
        Map<String, ParamStability> out = new LinkedHashMap<>();
        for (String name : names) {
            List<Object> values = new ArrayList<>();
            for (Map<String, Object> p : chosen) {
                if (p != null) {
                    values.add(p.get(name));
                }
            }
            out.put(name, of(name, values));
        }
        return out;
    }

    private static ParamStability of(String name, List<Object> values) {
        int n = values.size();
        if (n == 0) {
            return new ParamStability(name, 0, null, null, null, null, null);
        }
        if (values.get(0) instanceof Number) {
            double mean = values.stream().mapToDouble(v -> ((Number) v).doubleValue()).average().orElseThrow();
            if (n < 2) {
                return new ParamStability(name, n, mean, null, null, null, null);
            }
            double ss = values.stream().mapToDouble(v -> Math.pow(((Number) v).doubleValue() - mean, 2)).sum();
            double sd = Math.sqrt(ss / (n - 1));
            return new ParamStability(name, n, mean, sd, mean == 0 ? null : sd / Math.abs(mean), null, null);
        }
        Map<String, Integer> counts = new java.util.TreeMap<>();
        values.forEach(v -> counts.merge(String.valueOf(v), 1, Integer::sum));
        String mode = null;
        for (var e : counts.entrySet()) {
            if (mode == null || e.getValue() > counts.get(mode)) {
                mode = e.getKey();
            }
        }
        return new ParamStability(name, n, null, null, null, mode, (double) counts.get(mode) / n);
    }
}
