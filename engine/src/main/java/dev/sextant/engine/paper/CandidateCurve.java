package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.RoundTrip;
import java.util.List;

/** A candidate's backtest as the switching rule reads it: daily equity and the closed round trips. */
public record CandidateCurve(String label, long[] time, double[] equity, List<RoundTrip> closedTrips) {

    public CandidateCurve {
        if (time.length != equity.length) {
            throw new IllegalArgumentException("candidate " + label + ": time and equity differ in length");
        }
        closedTrips = closedTrips.stream().filter(t -> !t.isOpen()).toList();
    }

    public static CandidateCurve of(String label, BacktestResult result) {
        return new CandidateCurve(label, result.curve().time(), result.curve().equity(), result.roundTrips());
    }
}
