package dev.sextant.app.ui.walkforward;

import java.util.Locale;
import dev.sextant.engine.walkforward.SavedWalkForward;

/**
 * What a walk-forward statistic says about the strategy, as a level and a few words: WFE (out-of-sample per
 * in-sample annual return), DSR (probability the Sharpe is not luck) and PBO (probability of overfitting).
 * Thresholds: WFE at least 0.5 holds up, above 0 is weak, else it failed; DSR at least 0.95 is an established
 * edge, at least 0.5 unproven, else likely luck; PBO at most 0.25 is a sound choice, at most 0.5 some
 * overfitting, else overfitted.
 */
public record StatVerdict(Level level, String value, String words) {

    public enum Level { GOOD, WARN, BAD, NONE }

    /** The verdict on statistic {@code name} ("WFE", "DSR" or "PBO"): its value, or its note when undefined. */
    public static StatVerdict of(String name, SavedWalkForward.Statistic stat) {
        if (stat == null || stat.value() == null || !Double.isFinite(stat.value())) {
            return new StatVerdict(Level.NONE, "n/a", stat == null || stat.note() == null ? "not computed" : stat.note());
        }
        double v = stat.value();
        String shown = String.format(Locale.ROOT, "%.3f", v);
        return switch (name) {
            case "WFE" -> v >= 0.5 ? new StatVerdict(Level.GOOD, shown, "holds up out of sample")
                    : v > 0 ? new StatVerdict(Level.WARN, shown, "weak out of sample")
                    : new StatVerdict(Level.BAD, shown, "failed out of sample");
            case "DSR" -> v >= 0.95 ? new StatVerdict(Level.GOOD, shown, "edge established")
                    : v >= 0.5 ? new StatVerdict(Level.WARN, shown, "edge not established")
                    : new StatVerdict(Level.BAD, shown, "likely luck");
            case "PBO" -> v <= 0.25 ? new StatVerdict(Level.GOOD, shown, "low overfitting risk")
                    : v <= 0.5 ? new StatVerdict(Level.WARN, shown, "some overfitting")
                    : new StatVerdict(Level.BAD, shown, "overfitted");
            default -> throw new IllegalArgumentException("unknown walk-forward statistic '" + name + "' (WFE, DSR or PBO)");
        };
    }

    /** The style class of the tile showing this verdict. */
    public String styleClass() {
        return "verdict-" + level.name().toLowerCase(Locale.ROOT);
    }
}
