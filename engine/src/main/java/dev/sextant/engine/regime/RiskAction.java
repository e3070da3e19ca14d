package dev.sextant.engine.regime;

import java.util.Locale;

/** How much risk to carry, from least to most defensive (see {@link RiskAdvisor}). */
public enum RiskAction {
    STAY_INVESTED, TIGHTEN_STOPS, REDUCE_EXPOSURE, GO_TO_CASH;

    /** e.g. {@code "tighten stops"}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
