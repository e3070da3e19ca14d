package dev.sextant.engine.regime;

import java.time.LocalDate;
import java.util.List;

/**
 * The regime model's view of one classified day, built only from data up to that day.
 *
 * @param probabilities today's regime probabilities by {@link MarketRegime#ordinal()}
 * @param breadth whether universe breadth entered today's scores (false: "no breadth")
 * @param forecasts one per horizon, ascending
 */
public record RegimeSnapshot(
        LocalDate date,
        MarketRegime regime,
        double[] probabilities,
        boolean breadth,
        List<HorizonForecast> forecasts,
        Outlook outlook,
        RiskAction action) {

    public double probability(MarketRegime r) {
        return probabilities[r.ordinal()];
    }
}
