package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import org.junit.jupiter.api.Test;

class StrategyCatalogTest {

    private final StrategyCatalog catalog = StrategyCatalog.load();

    @Test
    void serviceLoaderFindsAllBuiltInStrategies() {
        assertThat(catalog.ids()).containsExactly(
                "dwap-breakout", "ensemble", "momentum-rank", "rsi-reversion", "sma-cross", "sma-vwap-cross");
    }

    @Test
    void unknownIdListsKnownIds() {
        assertThatThrownBy(() -> catalog.get("dwap"))
                .hasMessage("unknown strategy 'dwap' (known: dwap-breakout, ensemble, momentum-rank, rsi-reversion, sma-cross, sma-vwap-cross)");
    }

    @Test
    void everyPerSymbolStrategyProducesAlignedColumnsWithEntries() {
        PriceColumns bars = TestBars.synthetic("AAA", 600, 50, 0.05, 3);
        for (StrategyProvider p : catalog.list()) {
            if (p instanceof dev.sextant.engine.spi.CrossSectionalProvider) {
                continue; // entries come from rankAcross, tested in MomentumRankProviderTest
            }
            SignalColumns s = p.computeSignals(bars, p.paramSpace().defaults());
            assertThat(s.size()).as(p.id()).isEqualTo(bars.size());
            assertThat(s.firstTradable()).as(p.id()).isPositive();
            int entries = 0;
            for (boolean e : s.entry()) {
                entries += e ? 1 : 0;
            }
            assertThat(entries).as(p.id() + " entries").isPositive();
        }
    }

    @Test
    void cacheReturnsTheSameColumnsForTheSameKey() {
        SignalCache cache = new SignalCache();
        PriceColumns bars = TestBars.synthetic("AAA", 300, 50, 0.05, 3);
        StrategyProvider p = catalog.get("sma-cross");
        SignalColumns a = cache.get(p, bars, p.paramSpace().defaults());
        SignalColumns b = cache.get(p, bars, p.paramSpace().defaults());
        SignalColumns c = cache.get(p, bars, p.paramSpace().resolve(java.util.Map.of("fast", 10)));
        assertThat(b).isSameAs(a);
        assertThat(c).isNotSameAs(a);
        assertThat(cache.size()).isEqualTo(2);
    }
}
