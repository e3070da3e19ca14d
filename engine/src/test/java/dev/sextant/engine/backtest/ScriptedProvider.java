package dev.sextant.engine.backtest;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Test strategy whose signal columns are written by hand per symbol. */
final class ScriptedProvider implements StrategyProvider {

    private final Map<String, Consumer<SignalColumns.Builder>> scripts = new HashMap<>();
    private int firstTradable;

    ScriptedProvider script(String symbol, Consumer<SignalColumns.Builder> script) {
        scripts.put(symbol, script);
        return this;
    }

    ScriptedProvider firstTradable(int i) {
        this.firstTradable = i;
        return this;
    }

    @Override
    public String id() {
        return "scripted";
    }

    @Override
    public String version() {
        return "test";
    }

    @Override
    public String description() {
        return "hand-written signals";
    }

    @Override
    public ParamSpace paramSpace() {
        return ParamSpace.of();
    }

    @Override
    public SignalColumns computeSignals(PriceColumns bars, Params params) {
        SignalColumns.Builder b = SignalColumns.builder(bars.symbol(), bars.size());
        b.firstTradable = firstTradable;
        scripts.getOrDefault(bars.symbol(), x -> { }).accept(b);
        return b.build();
    }
}
