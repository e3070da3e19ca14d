package dev.sextant.app.research;

import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.RegimeAnalysis;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeParameters;
import dev.sextant.engine.regime.ResultsByRegimeCalculator;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.Optional;

/**
 * Splits a backtest by the regime of the day ({@code by_regime}): the regime model runs on the
 * default index and volatility index ({@link RegimeSymbols}), without breadth, and each day's
 * return and each closed trade go to that day's regime ({@link ResultsByRegimeCalculator}).
 * A day's regime uses only data up to that day, so the index's later bars change nothing.
 */
public final class BacktestRegimes {

    private final MarketLoader market;
    private final SettingsStore settings;

    public BacktestRegimes(MarketLoader market, SettingsStore settings) {
        this.market = market;
        this.settings = settings;
    }

    /** Empty when no index is set or stored to compute regimes from. */
    public Optional<RegimeBreakdown> of(BacktestResult result) {
        return classify().map(c -> new RegimeBreakdown(c.symbols().index(), c.symbols().volatility(), RegimeModel.VERSION,
                new ResultsByRegimeCalculator(c.byDate()).row(result.request().strategyId(), result.curve(),
                        result.roundTrips(), result.request().riskFreeRate())));
    }

    /** The market regime of each day of the default index, and the symbols it came from. */
    public record Classified(RegimeSymbols symbols, SortedMap<LocalDate, MarketRegime> byDate) {
    }

    /** Runs the regime model as for {@code by_regime}; empty when no index is set or stored. */
    public Optional<Classified> classify() {
        Optional<RegimeSymbols> symbols = RegimeSymbols.resolve(null, null, settings, market.dailySymbols());
        if (symbols.isEmpty()) {
            return Optional.empty();
        }
        String index = symbols.get().index();
        String vol = symbols.get().volatility();
        PriceColumns volBars = vol == null ? null : market.one(vol);
        RegimeAnalysis regimes = new RegimeModel(RegimeParameters.defaults())
                .run(market.one(index), volBars, List.of(), ProgressSink.NONE, Cancellation.NEVER);
        return Optional.of(new Classified(symbols.get(), regimes.classification().byDate()));
    }

    /** Why there is no {@code by_regime}, for the note printed instead. */
    public static String missingNote() {
        return "note: no by_regime table: neither " + RegimeSymbols.defaultIndexes()
                + " has daily bars and the setting " + RegimeSymbols.INDEX_SETTING + " is not set";
    }
}
