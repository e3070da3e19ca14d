package dev.sextant.engine.spi;

/**
 * A provider could not deliver. The message names the provider, the symbol and the problem,
 * and never contains an API key or a URL with its query.
 */
public final class MarketDataException extends RuntimeException {

    /** What went wrong, as far as the caller needs to decide what to do next. */
    public enum Problem {
        /** The host could not be reached at all (no network, DNS failure, connection refused). */
        UNREACHABLE,
        /** The provider refused because too many requests were made; retrying later may work. */
        RATE_LIMITED,
        /** The provider refused the key, or the key is missing. */
        NOT_AUTHORIZED,
        /** The provider knows no data for the symbol. */
        NO_DATA,
        /** Timeouts, truncated bodies, server errors that outlasted the retries. */
        TRANSIENT,
        /** The answer arrived but is not what the provider's API promises (wrong type, malformed). */
        BAD_RESPONSE
    }

    private final String provider;
    private final String symbol;
    private final Problem problem;

    public MarketDataException(String provider, String symbol, Problem problem, String detail) {
        super(provider + ": " + symbol + ": " + detail);
        this.provider = provider;
        this.symbol = symbol;
        this.problem = problem;
    }

    public String provider() {
        return provider;
    }

    public String symbol() {
        return symbol;
    }

    public Problem problem() {
        return problem;
    }
}
