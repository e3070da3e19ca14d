package dev.sextant.engine.spi;

import dev.sextant.engine.market.AlignedUniverse;
import java.util.List;

/**
 * A strategy whose entries and exits depend on the whole universe (e.g. ranking by momentum).
 * The engine first calls {@link #computeSignals} per symbol (cacheable), then
 * {@link #rankAcross} once with all of them on the union calendar.
 */
public interface CrossSectionalProvider extends StrategyProvider {

    /**
     * Final signals, one per symbol of {@code universe} in the same order. Must only use values
     * at or before each calendar day when deciding that day, and must not mutate its inputs.
     */
    List<SignalColumns> rankAcross(AlignedUniverse universe, List<SignalColumns> perSymbol, Params params);
}
