package dev.sextant.app.ui.optimize;

import dev.sextant.engine.optimize.Trial;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The objective over two searched parameters: complete trials binned by the two values (numbers
 * into at most {@link #MAX_BINS} equal-width bins over the values seen, anything else by its distinct
 * values), the mean objective per cell, NaN where no trial fell.
 *
 * @param xLabels column labels, {@code yLabels} row labels
 * @param mean {@code mean[row][column]}
 * @param count trials per cell
 */
public record ObjectiveSurface(List<String> xLabels, List<String> yLabels, double[][] mean, int[][] count) {

    public static final int MAX_BINS = 6;

    public static ObjectiveSurface of(List<Trial> trials, String xParam, String yParam) {
        List<Trial> complete = trials.stream()
                .filter(t -> t.isComplete() && t.params().containsKey(xParam) && t.params().containsKey(yParam)).toList();
        Axis x = Axis.of(complete.stream().map(t -> t.params().get(xParam)).toList());
        Axis y = Axis.of(complete.stream().map(t -> t.params().get(yParam)).toList());
        double[][] sum = new double[y.labels.size()][x.labels.size()];
        int[][] count = new int[y.labels.size()][x.labels.size()];
        for (Trial t : complete) {
            int col = x.bin(t.params().get(xParam));
            int row = y.bin(t.params().get(yParam));
            sum[row][col] += t.objectiveValue();
            count[row][col]++;
        }
        for (int r = 0; r < sum.length; r++) {
            for (int c = 0; c < sum[r].length; c++) {
                sum[r][c] = count[r][c] == 0 ? Double.NaN : sum[r][c] / count[r][c];
            }
        }
        return new ObjectiveSurface(x.labels, y.labels, sum, count);
    }

    /** How values of one parameter map to bins. */
    private static final class Axis {
        final List<String> labels = new ArrayList<>();
        final List<Object> distinct = new ArrayList<>();
        boolean numeric;
        double lo;
        double width;

        static Axis of(List<Object> values) {
            Axis a = new Axis();
            a.numeric = !values.isEmpty() && values.stream().allMatch(v -> v instanceof Number);
            List<Object> distinct = values.stream().distinct().sorted((p, q) -> a.numeric
                    ? Double.compare(((Number) p).doubleValue(), ((Number) q).doubleValue())
                    : String.valueOf(p).compareTo(String.valueOf(q))).toList();
            if (!a.numeric || distinct.size() <= MAX_BINS) {
                a.numeric = false;
                a.distinct.addAll(distinct);
                distinct.forEach(v -> a.labels.add(text(v)));
                return a;
            }
            a.lo = ((Number) distinct.getFirst()).doubleValue();
            double hi = ((Number) distinct.getLast()).doubleValue();
            a.width = (hi - a.lo) / MAX_BINS;
            for (int b = 0; b < MAX_BINS; b++) {
                a.labels.add(text(a.lo + b * a.width) + "–" + text(a.lo + (b + 1) * a.width));
            }
            return a;
        }

        int bin(Object value) {
            if (!numeric) {
                return distinct.indexOf(value);
            }
            return Math.min(MAX_BINS - 1, (int) ((((Number) value).doubleValue() - lo) / width));
        }
    }

    static String text(Object v) {
        if (v instanceof Double d) {
            return Math.abs(d) >= 100 || d == Math.rint(d) ? String.format(Locale.ROOT, "%.0f", d)
                    : String.format(Locale.ROOT, "%.3g", d);
        }
        return String.valueOf(v);
    }
}
