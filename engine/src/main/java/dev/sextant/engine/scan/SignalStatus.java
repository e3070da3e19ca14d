package dev.sextant.engine.scan;

import java.util.Locale;

/**
 * Lifecycle of a saved signal: {@code ACTIVE} when found; {@code EXECUTED} once the user marks it
 * as traded; {@code EXPIRED} when a later scan's date is past its expiry date while still active.
 */
public enum SignalStatus {
    ACTIVE, EXECUTED, EXPIRED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SignalStatus ofCode(String code) {
        for (SignalStatus s : values()) {
            if (s.code().equalsIgnoreCase(code.trim())) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown signal status '" + code + "' (expected active, executed or expired)");
    }
}
