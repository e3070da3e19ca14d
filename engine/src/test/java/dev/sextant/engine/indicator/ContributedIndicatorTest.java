package dev.sextant.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.IndicatorProvider;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContributedIndicatorTest {

    /** {@code shift:k}: the close k bars ago. */
    static class Shift implements IndicatorProvider {
        @Override
        public String name() {
            return "shift";
        }

        @Override
        public String description() {
            return "close k bars ago";
        }

        @Override
        public List<String> defaultArgs() {
            return List.of("1");
        }

        @Override
        public List<String> outputNames(List<String> args) {
            return List.of("shift_" + args.getFirst());
        }

        @Override
        public List<double[]> compute(PriceColumns bars, List<String> args) {
            int k = Integer.parseInt(args.getFirst());
            double[] out = new double[bars.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = i >= k ? bars.close()[i - k] : Double.NaN;
            }
            return List.of(out);
        }
    }

    private static final PriceColumns BARS = new PriceColumns("X", Timeframe.DAILY, new long[] {1, 2, 3, 4},
            new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4}, new double[] {1, 2, 3, 4},
            new double[] {1, 2, 3, 4}, new double[] {9, 9, 9, 9});

    @Test
    void contributedKindsAreComputedByNameBesideTheBuiltInOnesInTheRequestedOrder() {
        Map<String, double[]> cols = new IndicatorCatalog(List.of(new Shift())).compute(BARS, "shift:2, sma:2, shift");
        assertThat(cols.keySet()).containsExactly("shift_2", "sma_2", "shift_1");
        assertThat(cols.get("shift_2")).containsExactly(Double.NaN, Double.NaN, 1, 2);
        assertThat(cols.get("sma_2")).containsExactly(Double.NaN, 1.5, 2.5, 3.5);
        assertThat(cols.get("shift_1")).containsExactly(Double.NaN, 1, 2, 3);
    }

    @Test
    void withoutTheProviderTheNameIsUnknownAndBuiltInNamesCannotBeTaken() {
        assertThatThrownBy(() -> new IndicatorCatalog().compute(BARS, "shift:2")).hasMessageContaining("unknown indicator 'shift'");
        IndicatorProvider sma = new Shift() {
            @Override
            public String name() {
                return "sma";
            }
        };
        assertThatThrownBy(() -> new IndicatorCatalog(List.of(sma))).hasMessage("indicator 'sma' is a built-in kind");
        assertThatThrownBy(() -> new IndicatorCatalog(List.of(new Shift())).compute(BARS, "shift:1:2"))
                .hasMessageContaining("too many arguments");
    }
}
