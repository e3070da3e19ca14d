package dev.sextant.engine.optimize;

import java.util.Locale;

/**
 * How a study proposes parameter sets.
 * <ul>
 *   <li>{@code GA}: a genetic algorithm on Jenetics ({@link GaSampler}), the default.</li>
 *   <li>{@code RANDOM}: independent uniform draws (log-uniform for log-scaled floats).</li>
 *   <li>{@code GRID}: every point of a grid ({@link GridSampler}); refused when the grid has more
 *       points than the trial budget.</li>
 * </ul>
 */
public enum SamplerKind {
    GA, RANDOM, GRID;

    public static SamplerKind parse(String text) {
        for (SamplerKind k : values()) {
            if (k.label().equals(text.trim().toLowerCase(Locale.ROOT))) {
                return k;
            }
        }
        throw new IllegalArgumentException("sampler '" + text + "' is not one of ga, random, grid");
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
