package dev.sextant.app.plugins;

import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.spi.CrossSectionalProvider;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import java.util.List;

/** {@link GuardedStrategy} for a strategy that ranks across the universe; guards {@link #rankAcross} too. */
final class GuardedCrossSectionalStrategy extends GuardedStrategy implements CrossSectionalProvider {

    private final CrossSectionalProvider cross;

    GuardedCrossSectionalStrategy(String pluginId, CrossSectionalProvider delegate, PluginFailures failures) {
        super(pluginId, delegate, failures);
        this.cross = delegate;
    }

    @Override
    public List<SignalColumns> rankAcross(AlignedUniverse universe, List<SignalColumns> perSymbol, Params params) {
        try {
            return cross.rankAcross(universe, perSymbol, params);
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException | LinkageError e) {
            throw failures.failed(pluginId, "strategy '" + id() + "' ranking the universe", e);
        }
    }
}
