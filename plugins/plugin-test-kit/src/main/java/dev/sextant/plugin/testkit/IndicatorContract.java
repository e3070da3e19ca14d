package dev.sextant.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.IndicatorProvider;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link IndicatorProvider} keeps: a usable name, one column per output name,
 * as long as the bars, no look-ahead, deterministic. Extend it and return your provider.
 */
public abstract class IndicatorContract {

    protected abstract IndicatorProvider provider();

    protected List<PriceColumns> bars() {
        return TestBars.standardSet(400);
    }

    @Test
    void describesItself() {
        IndicatorProvider p = provider();
        assertTrue(p.name() != null && p.name().matches("[a-z][a-z0-9_]*"), "name must be lower-case letters, digits, '_'");
        assertFalse(p.description() == null || p.description().isBlank(), "description must not be empty");
        assertFalse(p.outputNames(p.defaultArgs()).isEmpty(), "at least one output");
    }

    @Test
    void columnsAreAlignedWithTheBars() {
        IndicatorProvider p = provider();
        for (PriceColumns b : bars()) {
            List<double[]> cols = p.compute(b, p.defaultArgs());
            assertEquals(p.outputNames(p.defaultArgs()).size(), cols.size(), "one column per output name");
            cols.forEach(c -> assertEquals(b.size(), c.length, "column length"));
        }
    }

    @Test
    void changingLaterBarsChangesNothingBefore() {
        IndicatorProvider p = provider();
        for (PriceColumns b : bars()) {
            List<double[]> full = p.compute(b, p.defaultArgs());
            int t = b.size() / 2;
            List<double[]> changed = p.compute(TestBars.changedAfter(b, t, 7), p.defaultArgs());
            for (int k = 0; k < full.size(); k++) {
                assertArrayEquals(Arrays.copyOf(full.get(k), t + 1), Arrays.copyOf(changed.get(k), t + 1),
                        "look-ahead in output " + k + " of " + b.symbol());
            }
        }
    }

    @Test
    void sameInputsGiveTheSameValues() {
        IndicatorProvider p = provider();
        PriceColumns b = bars().getFirst();
        List<double[]> first = p.compute(b, p.defaultArgs());
        List<double[]> second = p.compute(b, p.defaultArgs());
        for (int k = 0; k < first.size(); k++) {
            assertArrayEquals(first.get(k), second.get(k), "output " + k);
        }
    }
}
