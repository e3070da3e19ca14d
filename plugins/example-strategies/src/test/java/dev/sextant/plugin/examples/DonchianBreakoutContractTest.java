package dev.sextant.plugin.examples;

import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.plugin.testkit.StrategyContract;

class DonchianBreakoutContractTest extends StrategyContract {
    @Override
    protected StrategyProvider provider() {
        return new DonchianBreakoutProvider();
    }
}
