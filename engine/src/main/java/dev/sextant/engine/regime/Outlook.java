package dev.sextant.engine.regime;

import java.util.Locale;

/** Direction of the expected risk over the outlook horizon (see {@link RiskAdvisor}). */
public enum Outlook {
    IMPROVING, STABLE, DETERIORATING;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
