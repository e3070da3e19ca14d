package dev.sextant.engine.paper;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;

/** Test strategy: an entry signal on every bar of its own symbol, an exit signal on every bar of any other; no stops. */
record OnlySymbolProvider(String id, String symbol) implements StrategyProvider {

    @Override
    public String version() {
        return "test";
    }

    @Override
    public String description() {
        return "holds " + symbol + " only";
    }

    @Override
    public ParamSpace paramSpace() {
        return ParamSpace.of();
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), bars.size());
        boolean mine = bars.symbol().equals(symbol);
        for (int i = 0; i < bars.size(); i++) {
            b.entry[i] = mine;
            b.exit[i] = !mine;
        }
        return b.build();
    }
}
