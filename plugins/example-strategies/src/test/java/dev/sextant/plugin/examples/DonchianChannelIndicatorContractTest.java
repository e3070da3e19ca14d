package dev.sextant.plugin.examples;

import dev.sextant.engine.spi.IndicatorProvider;
import dev.sextant.plugin.testkit.IndicatorContract;

class DonchianChannelIndicatorContractTest extends IndicatorContract {
    @Override
    protected IndicatorProvider provider() {
        return new DonchianChannelIndicator();
    }
}
