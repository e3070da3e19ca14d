package dev.sextant.engine.paper;

/**
 * When a portfolio moves to another strategy: at a close, the candidates are scored over the last
 * {@code windowDays} daily returns ({@link StrategyScorer}); the best one replaces the active one
 * when its score is at least {@code minGap} points higher and at least {@code coolDownDays}
 * trading days have passed since the last switch. With {@code byRegime}, only the window's days
 * (and the trades closed on days) of today's market regime are scored, falling back to the whole
 * window when fewer than {@link #MIN_REGIME_DAYS} of them exist. The new strategy trades from
 * the next day.
 */
public record SwitchingRule(int windowDays, double minGap, int coolDownDays, boolean byRegime) implements SwitchingMode {

    /** Fewest days of the current regime in a window for a per-regime score. */
    public static final int MIN_REGIME_DAYS = 20;

    public SwitchingRule {
        if (windowDays < 2) {
            throw new IllegalArgumentException("switching window must be >= 2 days, got " + windowDays);
        }
        if (!(minGap >= 0 && minGap <= 100)) {
            throw new IllegalArgumentException("minimum score gap must be within 0..100, got " + minGap);
        }
        if (coolDownDays < 0) {
            throw new IllegalArgumentException("cool-down must be >= 0 days, got " + coolDownDays);
        }
    }

    @Override
    public boolean readsRegimes() {
        return byRegime;
    }

    public static SwitchingRule defaults() {
        return new SwitchingRule(63, 10, 21, false);
    }
}
