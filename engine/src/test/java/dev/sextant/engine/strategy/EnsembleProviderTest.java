package dev.sextant.engine.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * ensemble enters when at least k of its n members are long. Each member's long state is
 * rebuilt here by a plain loop from that member's own entry/exit columns (long from an entry at or
 * after its warm-up until its next exit), the votes counted, and the ensemble's entries compared
 * with the days the count rises to k (exits: falls below k).
 */
class EnsembleProviderTest {

    private static final String MEMBERS = "dwap-breakout,sma-cross,rsi-reversion";
    private static final List<StrategyProvider> MEMBER_PROVIDERS = List.of(
            new DwapBreakoutProvider(), new SmaCrossProvider(), new RsiReversionProvider());
    private static final PriceColumns BARS = TestBars.synthetic("AAA", 600, 50, 0.05, 3);

    private static int[] votes() {
        int n = BARS.size();
        int[] votes = new int[n];
        for (StrategyProvider m : MEMBER_PROVIDERS) {
            SignalColumns s = m.computeSignals(BARS, m.paramSpace().defaults());
            boolean longNow = false;
            for (int i = 0; i < n; i++) {
                if (longNow && s.exit()[i]) {
                    longNow = false;
                } else if (!longNow && i >= s.firstTradable() && s.entry()[i]) {
                    longNow = true;
                }
                if (longNow) {
                    votes[i]++;
                }
            }
        }
        return votes;
    }

    private static SignalColumns ensemble(int k) {
        var p = new EnsembleProvider();
        return p.computeSignals(BARS, p.paramSpace().resolve(Map.of("members", MEMBERS, "k", k)));
    }

    @Test
    void entersOnlyWhenKOfNMembersAreLong() {
        int[] votes = votes();
        for (int k = 1; k <= 3; k++) {
            SignalColumns s = ensemble(k);
            for (int i = 0; i < votes.length; i++) {
                int before = i == 0 ? 0 : votes[i - 1];
                assertThat(s.indicators().get("votes")[i]).as("votes[%d]", i).isEqualTo(votes[i]);
                assertThat(s.entry()[i]).as("k=%d entry[%d], votes %d→%d", k, i, before, votes[i])
                        .isEqualTo(votes[i] >= k && before < k);
                assertThat(s.exit()[i]).as("k=%d exit[%d], votes %d→%d", k, i, before, votes[i])
                        .isEqualTo(votes[i] < k && before >= k);
            }
        }
    }

    @Test
    void theThresholdActuallyFilters() {
        int[] votes = votes();
        int oneLong = 0;
        int twoLong = 0;
        for (int v : votes) {
            oneLong += v == 1 ? 1 : 0;
            twoLong += v >= 2 ? 1 : 0;
        }
        // the series has days where a single member is long and days where two or more agree
        assertThat(oneLong).isPositive();
        assertThat(twoLong).isPositive();
        SignalColumns k1 = ensemble(1);
        SignalColumns k2 = ensemble(2);
        int singleMemberEntries = 0;
        int entries2 = 0;
        for (int i = 0; i < votes.length; i++) {
            if (k1.entry()[i] && votes[i] == 1) {
                singleMemberEntries++; // k = 1 takes it, k = 2 must not
                assertThat(k2.entry()[i]).as("k=2 entry on day %d with one member long", i).isFalse();
            }
            if (k2.entry()[i]) {
                entries2++;
                assertThat(votes[i]).as("votes on k=2 entry day %d", i).isGreaterThanOrEqualTo(2);
                assertThat(votes[i - 1]).isLessThan(2);
            }
        }
        assertThat(singleMemberEntries).isPositive();
        assertThat(entries2).isPositive();
    }

    @Test
    void kAboveTheNumberOfMembersIsRejected() {
        var p = new EnsembleProvider();
        assertThatThrownBy(() -> p.computeSignals(BARS,
                p.paramSpace().resolve(Map.of("members", "sma-cross,rsi-reversion", "k", 3))))
                .hasMessage("param 'k' = 3 exceeds the 2 members [sma-cross, rsi-reversion]");
    }
}
