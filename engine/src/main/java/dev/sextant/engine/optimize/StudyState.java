package dev.sextant.engine.optimize;

import java.util.Locale;

/** Life cycle of a stored study: running, then completed, interrupted (cancelled; resumable) or failed. */
public enum StudyState {
    RUNNING, COMPLETED, INTERRUPTED, FAILED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static StudyState parse(String text) {
        return valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
