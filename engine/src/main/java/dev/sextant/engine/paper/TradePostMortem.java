package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;

/**
 * A closed round trip looked at afterwards ({@link PostMortems}).
 *
 * @param entryReason what opened it, in words
 * @param regimeAtEntry the market regime on the entry day, null when unknown
 * @param mae worst price while held vs the entry price (fraction, from the round trip)
 * @param mfe best price while held vs the entry price
 * @param exitNote what the exit rule did, in words
 * @param barsAfter bars looked at after the exit (at most the horizon; fewer near the data's end)
 * @param bestAfter highest high of those bars vs the exit price − 1 (NaN without bars)
 * @param worstAfter lowest low of those bars vs the exit price − 1 (NaN without bars)
 * @param barsToBest bars from the exit to the highest high (0 without bars)
 * @param verdict the path after the exit, in words
 */
public record TradePostMortem(String symbol, String origin, LocalDate entryDate, LocalDate exitDate, double returnPct,
        String entryReason, MarketRegime regimeAtEntry, MarketRegime regimeAtExit, double mae, double mfe,
        ExitReason exitReason, String exitNote, int barsAfter, double bestAfter, double worstAfter, int barsToBest,
        String verdict) {
}
