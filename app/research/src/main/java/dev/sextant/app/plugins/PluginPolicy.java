package dev.sextant.app.plugins;

import java.time.Duration;
import java.util.Map;

/**
 * How a start treats the user's plugin jars.
 *
 * @param safeMode    load no user jar at all (bundled plugins still load), so that a plugin that takes every
 *                    start down can be disabled
 * @param loadTimeout how long one jar may take to load or register before it is disabled
 */
public record PluginPolicy(boolean safeMode, Duration loadTimeout) {

    /** The environment variable that starts in safe mode when set to {@code 1} or {@code true}. */
    public static final String SAFE_MODE_VARIABLE = "SEXTANT_SAFE_MODE";

    public static final Duration LOAD_TIMEOUT = Duration.ofSeconds(10);

    public PluginPolicy {
        if (loadTimeout.isNegative() || loadTimeout.isZero()) {
            throw new IllegalArgumentException("plugin load timeout must be positive, got " + loadTimeout);
        }
    }

    /** Safe mode when asked for ({@code --safe-mode}) or when {@value #SAFE_MODE_VARIABLE} says so; the standard timeout. */
    public static PluginPolicy of(boolean safeModeAsked, Map<String, String> environment) {
        String v = environment.getOrDefault(SAFE_MODE_VARIABLE, "").trim();
        return new PluginPolicy(safeModeAsked || v.equals("1") || v.equalsIgnoreCase("true"), LOAD_TIMEOUT);
    }
}
