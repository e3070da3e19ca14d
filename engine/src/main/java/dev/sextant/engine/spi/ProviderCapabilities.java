package dev.sextant.engine.spi;

import dev.sextant.engine.market.Timeframe;
import java.util.Set;

/**
 * What a {@link MarketDataProvider} can deliver.
 *
 * @param timeframes  the timeframes it serves ({@link Timeframe#DAILY} and/or intraday ones)
 * @param splits      whether its responses report splits
 * @param dividends   whether its responses report cash dividends
 * @param needsApiKey whether it refuses requests without a key from the settings
 */
public record ProviderCapabilities(Set<Timeframe> timeframes, boolean splits, boolean dividends, boolean needsApiKey) {

    public ProviderCapabilities {
        timeframes = Set.copyOf(timeframes);
    }

    public boolean supports(Timeframe timeframe) {
        return timeframes.contains(timeframe);
    }
}
