package dev.sextant.app.ui.chart.compare;

import java.util.List;

/**
 * The colours of compare lines, by the symbol's place in the compare list. Mid-light, saturated
 * colours that read on the dark and the light chart background and stay apart from the candles
 * (green and red), the default studies (blue, violet, amber) and each other.
 */
public final class ComparePalette {

    /** Orange, pink, cyan, lime, brown, indigo. */
    static final List<String> COLOURS = List.of("#f08c00", "#e64980", "#15aabf", "#82b300", "#b5651d", "#5c7cfa");

    private ComparePalette() {
    }

    /** How many symbols can be compared at once: one per colour. */
    public static int size() {
        return COLOURS.size();
    }

    /** The colour ({@code #RRGGBB}) of the compare symbol at {@code place} in the list. */
    public static String colour(int place) {
        return COLOURS.get(place);
    }
}
