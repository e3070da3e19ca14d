package dev.sextant.engine.regime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Features, scores, probabilities, regimes and forecasts of day t must not change when every bar
 * after t is replaced: here the index, the volatility index and every universe member crash and
 * spike after t, which would change everything if any of it leaked backwards.
 */
class NoLookAheadTest {

    private final RegimeModel model = new RegimeModel(RegimeParameters.defaults());

    @Test
    void changingBarsAfterDayTChangesNothingUpToT() {
        PriceColumns index = SampleMarketBars.index();
        PriceColumns vol = SampleMarketBars.volatility();
        List<PriceColumns> universe = SampleMarketBars.stocks();
        RegimeAnalysis original = model.run(index, vol, universe, ProgressSink.NONE, Cancellation.NEVER);
        for (int t : new int[] {600, 1800, 3000}) {
            long cut = index.time()[t];
            RegimeAnalysis altered = model.run(alterAfter(index, cut, 0.5), alterAfter(vol, cut, 3.0),
                    universe.stream().map(s -> alterAfter(s, cut, 0.7)).toList(), ProgressSink.NONE, Cancellation.NEVER);
            for (int day = 0; day <= t; day++) {
                for (RegimeFeature f : RegimeFeature.values()) {
                    assertThat(Double.compare(altered.features().value(f, day), original.features().value(f, day)))
                            .as("%s on day %d with bars changed after day %d", f, day, t).isZero();
                }
                assertThat(altered.classification().probabilities()[day]).isEqualTo(original.classification().probabilities()[day]);
                assertThat(altered.classification().regime(day)).isEqualTo(original.classification().regime(day));
                assertThat(altered.forecast().probabilities()[day]).isDeepEqualTo(original.forecast().probabilities()[day]);
            }
            // and the change did reach the days after t, so the comparison above is not vacuous
            assertThat(altered.features().value(RegimeFeature.RETURN_20, t + 30))
                    .isNotEqualTo(original.features().value(RegimeFeature.RETURN_20, t + 30));
            assertThat(altered.classification().regime(t + 30)).isNotNull();
        }
    }

    /** Multiplies every price after {@code cut} by a factor that grows with distance, so later bars differ from the original. */
    private static PriceColumns alterAfter(PriceColumns p, long cut, double factor) {
        double[][] cols = {p.open().clone(), p.high().clone(), p.low().clone(), p.close().clone(), p.adjClose().clone()};
        for (int i = 0; i < p.size(); i++) {
            if (p.time()[i] > cut) {
                double f = 1 + (factor - 1) * Math.min(1, (p.time()[i] - cut) / 20.0);
                for (double[] c : cols) {
                    c[i] *= f;
                }
            }
        }
        return new PriceColumns(p.symbol(), p.timeframe(), p.time(), cols[0], cols[1], cols[2], cols[3], cols[4], p.volume());
    }
}
