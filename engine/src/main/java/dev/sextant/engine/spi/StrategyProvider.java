package dev.sextant.engine.spi;

import dev.sextant.engine.market.PriceColumns;

/**
 * Plugin SPI: a strategy that turns one symbol's bars into {@link SignalColumns}. A plugin hands
 * it to the workstation in {@code SextantPlugin.register} (see docs/plugin-sdk.md); the engine's own
 * strategies are also listed in {@code META-INF/services/dev.sextant.engine.spi.StrategyProvider}
 * so that {@link dev.sextant.engine.strategy.StrategyCatalog#load()} finds them without the app.
 * Implementations must be stateless and thread-safe: the engine calls
 * {@link #computeSignals} for many symbols in parallel and caches results by
 * (symbol, data fingerprint, id, version, params).
 */
public interface StrategyProvider {

    /** Stable id used on the command line and in stored results, e.g. {@code dwap-breakout}. */
    String id();

    /** Bumped whenever the signals for the same inputs change. */
    String version();

    String description();

    ParamSpace paramSpace();

    /** The timeframes this strategy is meant for; the engine refuses to run it on others. */
    default TimeframeSupport timeframes() {
        return TimeframeSupport.ANY;
    }

    /**
     * Signals for one symbol, using only past and current bars at each index.
     *
     * @param params resolved by {@link #paramSpace()}
     */
    SignalColumns computeSignals(PriceColumns bars, Params params);

    /**
     * Signals of bars {@code from} to {@code to - 1} only, as a backtest over a span of dates reads them: a provider
     * may return columns of the span alone ({@link SignalColumns#builder(String, int, int, int)}, whose
     * {@code firstBar} is {@code from}), still using every earlier bar for its indicators, and may leave out the
     * indicator columns. An optimizer trial of a two-year window over twenty years of history then computes and
     * allocates a tenth of the bars. The default computes every bar.
     */
    default SignalColumns computeSignals(PriceColumns bars, Params params, int from, int to) {
        return computeSignals(bars, params);
    }
}
