package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.RoundTrip;

/** A round trip of a paper portfolio and where it came from: a strategy label, or {@link #HAND}. */
public record PaperTrip(RoundTrip trip, String origin) {

    public static final String HAND = "hand";

    public boolean handEntered() {
        return HAND.equals(origin);
    }
}
