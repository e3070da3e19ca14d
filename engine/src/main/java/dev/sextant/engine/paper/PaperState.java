package dev.sextant.engine.paper;

import dev.sextant.engine.backtest.HandTrade;
import dev.sextant.engine.backtest.PortfolioBook;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a paper portfolio carries from one update to the next (its past days, fills and trips are
 * history and are only appended to).
 *
 * @param active label of the strategy trading from the next day
 * @param lastSwitch date of the last switch, or null
 * @param origins the origin label of each open holding, by symbol
 * @param handTrades hand trades not booked yet (dated after the last processed day)
 */
public record PaperState(PortfolioBook book, String active, LocalDate lastSwitch, Map<String, String> origins,
        List<HandTrade> handTrades) {

    public PaperState {
        origins = java.util.Collections.unmodifiableMap(new TreeMap<>(origins));
        handTrades = List.copyOf(handTrades);
    }

    public static PaperState initial(PaperPortfolio p) {
        return new PaperState(PortfolioBook.empty(p.request().capital()), p.request().strategyId(), null, Map.of(), List.of());
    }

    /** The last processed day, or null before the first update. */
    public LocalDate lastDay() {
        return book.started() ? LocalDate.ofEpochDay(book.lastTime()) : null;
    }
}
