package dev.sextant.plugin.testkit;

import dev.sextant.engine.spi.SignalColumns;
import java.util.Map;

/** Compares two {@link SignalColumns} bar by bar up to an index, NaN equal to NaN; says where they first differ. */
final class ColumnsComparison {

    private ColumnsComparison() {
    }

    /** The first difference at an index {@code <= last}, described, or {@code null} when there is none. */
    static String firstDifference(SignalColumns a, SignalColumns b, int last) {
        for (int i = 0; i <= last; i++) {
            String d = difference(a, b, i);
            if (d != null) {
                return "bar " + i + ": " + d;
            }
        }
        return null;
    }

    private static String difference(SignalColumns a, SignalColumns b, int i) {
        if (a.entry()[i] != b.entry()[i]) {
            return "entry " + a.entry()[i] + " vs " + b.entry()[i];
        }
        if (a.exit()[i] != b.exit()[i]) {
            return "exit " + a.exit()[i] + " vs " + b.exit()[i];
        }
        if (a.strong()[i] != b.strong()[i]) {
            return "strong " + a.strong()[i] + " vs " + b.strong()[i];
        }
        if (a.maxHoldBars()[i] != b.maxHoldBars()[i]) {
            return "maxHoldBars " + a.maxHoldBars()[i] + " vs " + b.maxHoldBars()[i];
        }
        String d = numbers("rankScore", a.rankScore(), b.rankScore(), i);
        d = d != null ? d : numbers("stopLevel", a.stopLevel(), b.stopLevel(), i);
        d = d != null ? d : numbers("targetLevel", a.targetLevel(), b.targetLevel(), i);
        d = d != null ? d : numbers("trailingFraction", a.trailingFraction(), b.trailingFraction(), i);
        d = d != null ? d : numbers("triggerDistance", a.triggerDistance(), b.triggerDistance(), i);
        for (Map.Entry<String, double[]> e : a.indicators().entrySet()) {
            double[] other = b.indicators().get(e.getKey());
            if (other == null) {
                return "indicator " + e.getKey() + " missing";
            }
            d = d != null ? d : numbers("indicator " + e.getKey(), e.getValue(), other, i);
        }
        return d;
    }

    private static String numbers(String what, double[] a, double[] b, int i) {
        return Double.compare(a[i], b[i]) == 0 ? null : what + " " + a[i] + " vs " + b[i];
    }
}
