package dev.sextant.app.research;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.ResamplingBarRepository;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.scan.SessionCross;
import dev.sextant.engine.scan.SessionCrossScanner;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The session's crosses of an intraday strategy ({@code sma-vwap-cross}) across symbols or a
 * universe, for {@code ./sextant scan --timeframe 1m} and the Crosses panel: each symbol's bars at
 * the timeframe, its signals, and the crosses of its latest session (or of {@code date}), latest
 * first.
 */
public final class CrossScanService {

    private final StrategyCatalog strategies;
    private final TimeframeLoader loader;
    private final SessionCrossScanner scanner = new SessionCrossScanner(ExchangeCalendars.NYSE);

    public CrossScanService(StrategyCatalog strategies, ResamplingBarRepository bars, UniverseRepository universes) {
        this.strategies = strategies;
        this.loader = new TimeframeLoader(bars, universes);
    }

    /** What was scanned and what was found. */
    public record Scan(List<PriceColumns> series, List<String> withoutBars, List<SessionCross> crosses) {
    }

    /**
     * @throws IllegalArgumentException for an unknown strategy or parameter, a timeframe the
     *         strategy is not meant for, or symbols without bars that build {@code timeframe}
     */
    public Scan scan(String strategyId, Map<String, Object> params, MarketChoice choice, Timeframe timeframe,
            LocalDate date) {
        StrategyProvider provider = strategies.get(strategyId);
        provider.timeframes().check(provider.id(), timeframe);
        var resolved = provider.paramSpace().resolve(params);
        MarketLoader.Loaded loaded = loader.load(choice, timeframe);
        List<SessionCross> crosses = new ArrayList<>();
        for (PriceColumns p : loaded.series()) {
            crosses.addAll(scanner.crosses(p, provider.computeSignals(p, resolved), date));
        }
        crosses.sort(SessionCrossScanner.LATEST_FIRST);
        return new Scan(loaded.series(), loaded.withoutBars(), List.copyOf(crosses));
    }
}
