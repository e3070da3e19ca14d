package dev.sextant.engine.paper;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;

/** Test strategy: entry when the close is at least 110, exit when it is at most 90; no stops. */
final class ThresholdProvider implements StrategyProvider {

    @Override
    public String id() {
        return "threshold";
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public String description() {
        return "close >= 110 enters, close <= 90 exits";
    }

    @Override
    public ParamSpace paramSpace() {
        return ParamSpace.of();
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), bars.size());
        for (int i = 0; i < bars.size(); i++) {
            b.entry[i] = bars.close()[i] >= 110;
            b.exit[i] = bars.close()[i] <= 90;
        }
        return b.build();
    }
}
