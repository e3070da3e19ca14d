package dev.sextant.engine.rules;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A named set of limits checked at every entry, saved once and reused across runs. Weights and
 * exposures are fractions of the equity the entry is sized on (the signal bar's close); a limit
 * that is NaN (or 0 for {@code maxNewPerDay}) is off.
 * <ul>
 *   <li>{@code maxGrossExposure}: value held + the new position &lt;= g × equity; the order is cut to fit.</li>
 *   <li>{@code maxPositionWeight}: the new position &lt;= w × equity; cut to fit.</li>
 *   <li>{@code maxSectorWeight}: the sector's value held + the new position &lt;= s × equity; cut to fit.</li>
 *   <li>{@code maxNewPerDay}: at most k entries fill on one trading day.</li>
 *   <li>{@code dailyLossStop}: no entries after a close at which equity fell by d or more against the close before.</li>
 *   <li>{@code drawdownStop}: no entries while equity at the last close is x or more below its highest close.</li>
 * </ul>
 */
public record RiskPolicy(String name, double maxGrossExposure, double maxPositionWeight, double maxSectorWeight,
        int maxNewPerDay, double dailyLossStop, double drawdownStop) {

    public RiskPolicy {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
            throw new IllegalArgumentException("risk policy name '" + name
                    + "': use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        fraction(name, "max gross exposure", maxGrossExposure);
        fraction(name, "max position weight", maxPositionWeight);
        fraction(name, "max sector weight", maxSectorWeight);
        fraction(name, "daily loss stop", dailyLossStop);
        fraction(name, "drawdown stop", drawdownStop);
        if (maxNewPerDay < 0) {
            throw new IllegalArgumentException("risk policy " + name + ": max new positions per day must be >= 0 (0 = off), got "
                    + maxNewPerDay);
        }
        if (!on(maxGrossExposure) && !on(maxPositionWeight) && !on(maxSectorWeight) && maxNewPerDay == 0
                && !on(dailyLossStop) && !on(drawdownStop)) {
            throw new IllegalArgumentException("risk policy " + name + ": sets no limit");
        }
    }

    private static void fraction(String name, String what, double x) {
        if (!Double.isNaN(x) && !(x > 0 && x <= 1)) {
            throw new IllegalArgumentException("risk policy " + name + ": " + what + " must be in (0, 1], got " + x);
        }
    }

    /** Whether a fractional limit is set. */
    public static boolean on(double limit) {
        return !Double.isNaN(limit);
    }

    /** Stable snake_case form; unset limits are null. */
    public Map<String, Object> asMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", name);
        m.put("max_gross_exposure", on(maxGrossExposure) ? maxGrossExposure : null);
        m.put("max_position_weight", on(maxPositionWeight) ? maxPositionWeight : null);
        m.put("max_sector_weight", on(maxSectorWeight) ? maxSectorWeight : null);
        m.put("max_new_per_day", maxNewPerDay == 0 ? null : maxNewPerDay);
        m.put("daily_loss_stop", on(dailyLossStop) ? dailyLossStop : null);
        m.put("drawdown_stop", on(drawdownStop) ? drawdownStop : null);
        return m;
    }

    /** Reads a map written by {@link #asMap()}. */
    public static RiskPolicy fromMap(Map<String, ?> m) {
        return new RiskPolicy((String) m.get("name"), number(m, "max_gross_exposure"), number(m, "max_position_weight"),
                number(m, "max_sector_weight"), m.get("max_new_per_day") == null ? 0
                        : ((Number) m.get("max_new_per_day")).intValue(),
                number(m, "daily_loss_stop"), number(m, "drawdown_stop"));
    }

    private static double number(Map<String, ?> m, String key) {
        Object v = m.get(key);
        return v == null ? Double.NaN : ((Number) v).doubleValue();
    }
}
