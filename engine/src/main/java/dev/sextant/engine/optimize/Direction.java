package dev.sextant.engine.optimize;

import java.util.Locale;

/** Whether a study looks for the largest or the smallest objective value. */
public enum Direction {
    MAXIMIZE, MINIMIZE;

    /** {@code maximize}/{@code minimize} (also {@code max}/{@code min}), case-insensitive. */
    public static Direction parse(String text) {
        return switch (text.trim().toLowerCase(Locale.ROOT)) {
            case "maximize", "max" -> MAXIMIZE;
            case "minimize", "min" -> MINIMIZE;
            default -> throw new IllegalArgumentException("direction '" + text + "' is not maximize or minimize");
        };
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
