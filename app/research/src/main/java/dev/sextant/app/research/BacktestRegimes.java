package dev.sextant.app.research;

import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.RegimeAnalysis;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.regime.RegimeClassificationKey;
import dev.sextant.engine.regime.RegimeClassificationRepository;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeParameters;
import dev.sextant.engine.regime.split.ResultsByRegimeCalculator;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.market.DataFingerprint;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.List;
import java.util.SortedMap;
import java.util.Optional;

/**
 * Splits a backtest by the regime of the day ({@code by_regime}): the regime model runs on the
 * default index and volatility index ({@link RegimeSymbols}), without breadth, and each day's
 * return and each closed trade go to that day's regime ({@link ResultsByRegimeCalculator}).
 * A day's regime uses only data up to that day, so the index's later bars change nothing. The classification is
 * computed once per {@link RegimeClassificationKey} and stored ({@link RegimeClassificationRepository}), so later
 * sessions over the same bars reuse it.
 */
public final class BacktestRegimes {

    private final MarketLoader market;
    private final SettingsStore settings;
    private final RegimeClassificationRepository store;

    public BacktestRegimes(MarketLoader market, SettingsStore settings, RegimeClassificationRepository store) {
        this.market = market;
        this.settings = settings;
        this.store = store;
    }

    /** Empty when no index is set or stored to compute regimes from, and for runs on other than daily bars. */
    public Optional<RegimeBreakdown> of(BacktestResult result) {
        if (result.curve().timeframe() != dev.sextant.engine.market.Timeframe.DAILY) {
            return Optional.empty();
        }
        return classify().map(c -> new RegimeBreakdown(c.symbols().index(), c.symbols().volatility(), RegimeModel.VERSION,
                new ResultsByRegimeCalculator(c.byDate()).row(result.request().strategyId(), result.curve(),
                        result.roundTrips(), result.request().riskFreeRate())));
    }

    /** The market regime of each day of the default index, and the symbols it came from. */
    public record Classified(RegimeSymbols symbols, SortedMap<LocalDate, MarketRegime> byDate) {
    }

    private final Map<RegimeClassificationKey, Classified> classified = new ConcurrentHashMap<>();
    private final LongAdder modelRuns = new LongAdder();

    /**
     * Each day's regime of the default index, as for {@code by_regime}; empty when no index is set or stored. The
     * model runs once per {@link RegimeClassificationKey} (index, volatility index, model version, fingerprint of
     * both series' bars): this service's memory first, then the store, else the model runs and its classification
     * is saved. New or revised bars change the fingerprint, so they never reuse a stale classification.
     */
    public Optional<Classified> classify() {
        Optional<RegimeSymbols> symbols = RegimeSymbols.resolve(null, null, settings, market.dailySymbols());
        if (symbols.isEmpty()) {
            return Optional.empty();
        }
        String index = symbols.get().index();
        String vol = symbols.get().volatility();
        PriceColumns indexBars = market.one(index);
        PriceColumns volBars = vol == null ? null : market.one(vol);
        List<PriceColumns> inputs = volBars == null ? List.of(indexBars) : List.of(indexBars, volBars);
        RegimeClassificationKey key = new RegimeClassificationKey(index, vol, RegimeModel.VERSION,
                DataFingerprint.ofAll(inputs));
        return Optional.of(classified.computeIfAbsent(key, k -> {
            Optional<SortedMap<LocalDate, MarketRegime>> stored = store.load(k);
            if (stored.isPresent()) {
                return new Classified(symbols.get(), Collections.unmodifiableSortedMap(stored.get()));
            }
            modelRuns.increment();
            RegimeAnalysis regimes = new RegimeModel(RegimeParameters.defaults())
                    .run(indexBars, volBars, List.of(), ProgressSink.NONE, Cancellation.NEVER);
            SortedMap<LocalDate, MarketRegime> byDate = regimes.classification().byDate();
            store.save(k, byDate);
            return new Classified(symbols.get(), Collections.unmodifiableSortedMap(byDate));
        }));
    }

    /** How often the regime model ran (not how often a classification was asked for). */
    long modelRuns() {
        return modelRuns.sum();
    }

    /** Why there is no {@code by_regime}, for the note printed instead. */
    public static String missingNote() {
        return "note: no by_regime table: neither " + RegimeSymbols.defaultIndexes()
                + " has daily bars and the setting " + RegimeSymbols.INDEX_SETTING + " is not set";
    }
}
