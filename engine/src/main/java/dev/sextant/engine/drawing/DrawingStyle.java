package dev.sextant.engine.drawing;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a drawing looks: its colour ({@code #RRGGBB}), its line width in pixels ({@value #MIN_WIDTH} to
 * {@value #MAX_WIDTH}) and whether its line runs on past its first anchor (left) or its last (right).
 */
public record DrawingStyle(String colour, double width, boolean extendLeft, boolean extendRight) {

    public static final double MIN_WIDTH = 0.5;
    public static final double MAX_WIDTH = 8;
    private static final Pattern RGB = Pattern.compile("#[0-9a-fA-F]{6}");

    public DrawingStyle {
        if (colour == null || !RGB.matcher(colour).matches()) {
            throw new IllegalArgumentException("drawing colour must be #RRGGBB, not '" + colour + "'");
        }
        if (!(width >= MIN_WIDTH && width <= MAX_WIDTH)) {
            throw new IllegalArgumentException("drawing width must be " + MIN_WIDTH + " to " + MAX_WIDTH + " px, not " + width);
        }
        colour = colour.toLowerCase(Locale.ROOT);
    }

    /** The style a new drawing gets. */
    public static DrawingStyle standard() {
        return new DrawingStyle("#2f81f7", 1.5, false, false);
    }
}
