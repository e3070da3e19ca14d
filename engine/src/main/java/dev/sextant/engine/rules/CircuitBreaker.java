package dev.sextant.engine.rules;

import java.util.Locale;

/**
 * After {@code exits} exits of one kind on one trading day, no entries fill on the next
 * {@code days} trading days (the halt starts on the day after the tripping day). Parsed from
 * {@code N:M[:stop|trailing|any]}; the kind defaults to {@code stop}.
 */
public record CircuitBreaker(int exits, int days, Kind kind) {

    /** Which exits count: stop-loss and trailing stops, trailing stops only, or every exit. */
    public enum Kind {
        STOP, TRAILING, ANY;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    public CircuitBreaker {
        if (exits < 1) {
            throw new IllegalArgumentException("circuit breaker '" + exits + ":" + days + "': exits N must be >= 1");
        }
        if (days < 1) {
            throw new IllegalArgumentException("circuit breaker '" + exits + ":" + days + "': halt days M must be >= 1");
        }
        java.util.Objects.requireNonNull(kind, "kind");
    }

    public static CircuitBreaker parse(String text) {
        String[] parts = text.trim().split(":", -1);
        if (parts.length < 2 || parts.length > 3) {
            throw new IllegalArgumentException("circuit breaker '" + text + "': expected N:M[:stop|trailing|any], e.g. 3:10:trailing");
        }
        int n = Specs.integer(parts[0], text, "circuit breaker", "exits N");
        int m = Specs.integer(parts[1], text, "circuit breaker", "halt days M");
        Kind kind = Kind.STOP;
        if (parts.length == 3) {
            String k = parts[2].trim().toUpperCase(Locale.ROOT);
            try {
                kind = Kind.valueOf(k);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("circuit breaker '" + text + "': exit kind '" + parts[2]
                        + "' is not stop, trailing or any", e);
            }
        }
        try {
            return new CircuitBreaker(n, m, kind);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("circuit breaker '" + text + "': " + Specs.reason(e), e);
        }
    }

    public String spec() {
        return exits + ":" + days + ":" + kind.label();
    }
}
