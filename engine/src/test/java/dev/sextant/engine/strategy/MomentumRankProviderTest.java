package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.AlignedUniverse;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MomentumRankProviderTest {

    @Test
    void topKByReturnGetEntriesOnRebalanceDaysOnly() {
        int n = 30;
        PriceColumns slow = line("SLOW", n, 1.001);
        PriceColumns fast = line("FAST", n, 1.02);
        PriceColumns mid = line("MID", n, 1.01);
        var provider = new MomentumRankProvider();
        Params params = provider.paramSpace().resolve(Map.of("lookback", 5, "top", 2, "rebalance", 10));
        AlignedUniverse u = new AlignedUniverse(List.of(slow, fast, mid));
        List<SignalColumns> per = u.series().stream().map(p -> provider.computeSignals(p, params)).toList();
        List<SignalColumns> out = provider.rankAcross(u, per, params);
        // universe order is by symbol: FAST, MID, SLOW. Day 0 has no score yet; days 10 and 20 rebalance.
        assertThat(out.get(0).entry()[10]).isTrue();
        assertThat(out.get(1).entry()[10]).isTrue();
        assertThat(out.get(2).entry()[10]).isFalse();
        assertThat(out.get(2).exit()[10]).isTrue();
        assertThat(out.get(0).entry()[11]).isFalse();
        assertThat(out.get(0).entry()[0]).isFalse();
        assertThat(out.get(0).entry()[20]).isTrue();
        assertThat(per.get(0).rankScore()[10]).isCloseTo(Math.pow(1.02, 5) - 1, org.assertj.core.data.Offset.offset(1e-12));
    }

    private static PriceColumns line(String symbol, int n, double growth) {
        double[] c = new double[n];
        for (int i = 0; i < n; i++) {
            c[i] = 100 * Math.pow(growth, i);
        }
        return TestBars.fromCloses(symbol, c, 1e6);
    }
}
