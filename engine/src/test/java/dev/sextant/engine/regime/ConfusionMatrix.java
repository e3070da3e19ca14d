package dev.sextant.engine.regime;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

/**
 * Agreement of classified regimes with reference labels on the dates both have:
 * {@code counts[truth][predicted]}. Accuracy is the share on the diagonal; chance agreement is
 * {@code Σ_k share_truth(k) · share_predicted(k)} (what two independent labelings with these
 * frequencies would agree on); Cohen's kappa = (accuracy − chance) / (1 − chance).
 */
public record ConfusionMatrix(long[][] counts) {

    public static ConfusionMatrix of(Map<LocalDate, MarketRegime> truth, Map<LocalDate, MarketRegime> predicted) {
        long[][] counts = new long[MarketRegime.COUNT][MarketRegime.COUNT];
        for (Map.Entry<LocalDate, MarketRegime> e : predicted.entrySet()) {
            MarketRegime t = truth.get(e.getKey());
            if (t != null && e.getValue() != null) {
                counts[t.ordinal()][e.getValue().ordinal()]++;
            }
        }
        return new ConfusionMatrix(counts);
    }

    public long total() {
        long n = 0;
        for (long[] row : counts) {
            for (long c : row) {
                n += c;
            }
        }
        return n;
    }

    public double accuracy() {
        long agree = 0;
        for (int k = 0; k < counts.length; k++) {
            agree += counts[k][k];
        }
        return (double) agree / total();
    }

    public double chanceAgreement() {
        double n = total();
        double chance = 0;
        for (int k = 0; k < counts.length; k++) {
            long truthCount = 0;
            long predictedCount = 0;
            for (int j = 0; j < counts.length; j++) {
                truthCount += counts[k][j];
                predictedCount += counts[j][k];
            }
            chance += truthCount / n * (predictedCount / n);
        }
        return chance;
    }

    public double kappa() {
        double chance = chanceAgreement();
        return (accuracy() - chance) / (1 - chance);
    }

    /** Share of days of true regime {@code k} classified as {@code k} (recall). */
    public double recall(MarketRegime regime) {
        long[] row = counts[regime.ordinal()];
        long n = 0;
        for (long c : row) {
            n += c;
        }
        return n == 0 ? Double.NaN : (double) row[regime.ordinal()] / n;
    }

    /** A text table, rows = truth, columns = classified. */
    public String format() {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT, "%-14s", "truth\\model"));
        for (MarketRegime r : MarketRegime.values()) {
            sb.append(String.format(Locale.ROOT, "%14s", r.label()));
        }
        sb.append(String.format(Locale.ROOT, "%9s%n", "recall"));
        for (MarketRegime t : MarketRegime.values()) {
            sb.append(String.format(Locale.ROOT, "%-14s", t.label()));
            for (MarketRegime p : MarketRegime.values()) {
                sb.append(String.format(Locale.ROOT, "%14d", counts[t.ordinal()][p.ordinal()]));
            }
            sb.append(String.format(Locale.ROOT, "%9.2f%n", recall(t)));
        }
        sb.append(String.format(Locale.ROOT, "days %d, accuracy %.3f, chance %.3f, kappa %.3f",
                total(), accuracy(), chanceAgreement(), kappa()));
        return sb.toString();
    }
}
