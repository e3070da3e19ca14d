package dev.sextant.plugin.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The contract every {@link StrategyProvider} keeps. Extend it in a test of your plugin and return
 * your provider from {@link #provider()}; override {@link #bars()} to test on your own data.
 *
 * <pre>{@code
 * class MyStrategyContractTest extends StrategyContract {
 *     protected StrategyProvider provider() { return new MyStrategy(); }
 * }
 * }</pre>
 */
public abstract class StrategyContract {

    /** A fresh provider under test. */
    protected abstract StrategyProvider provider();

    /** The series the contract runs on (default: {@link TestBars#standardSet(int)} of 600 bars). */
    protected List<PriceColumns> bars() {
        return TestBars.standardSet(600);
    }

    /** Parameter sets checked besides the defaults (default: each parameter at its minimum and maximum). */
    protected List<Params> paramSets() {
        StrategyProvider p = provider();
        List<Params> sets = new java.util.ArrayList<>(List.of(p.paramSpace().defaults()));
        for (ParamSpec spec : p.paramSpace().params()) {
            if (spec instanceof ParamSpec.IntParam i) {
                sets.add(p.paramSpace().resolve(Map.of(i.name(), i.min())));
                sets.add(p.paramSpace().resolve(Map.of(i.name(), i.max())));
            } else if (spec instanceof ParamSpec.FloatParam f) {
                sets.add(p.paramSpace().resolve(Map.of(f.name(), f.min())));
                sets.add(p.paramSpace().resolve(Map.of(f.name(), f.max())));
            }
        }
        return sets;
    }

    @Test
    void describesItself() {
        StrategyProvider p = provider();
        assertTrue(p.id() != null && p.id().matches("[a-z0-9][a-z0-9-]*"), "id must be lower-case letters, digits, '-': " + p.id());
        assertFalse(p.version() == null || p.version().isBlank(), "version must not be empty");
        assertFalse(p.description() == null || p.description().isBlank(), "description must not be empty");
        assertNotNull(p.paramSpace(), "paramSpace");
        for (ParamSpec s : p.paramSpace().params()) {
            assertFalse(s.description() == null || s.description().isBlank(), "param " + s.name() + " needs a description");
        }
    }

    @Test
    void defaultsAreValidParams() {
        StrategyProvider p = provider();
        Params defaults = p.paramSpace().defaults();
        Map<String, Object> explicit = new HashMap<>(defaults.asMap());
        assertEquals(defaults, p.paramSpace().resolve(explicit), "resolving the defaults explicitly gives the defaults");
        for (ParamSpec s : p.paramSpace().params()) {
            assertEquals(s.defaultObject(), s.coerce(s.defaultObject()), "default of " + s.name() + " is in range");
        }
    }

    @Test
    void signalsAreAlignedWithTheBars() {
        StrategyProvider p = provider();
        for (Params params : paramSets()) {
            for (PriceColumns b : bars()) {
                SignalColumns c = p.computeSignals(b, params);
                assertEquals(b.size(), c.size(), "one signal row per bar (" + b.symbol() + ", " + params + ")");
                assertEquals(b.symbol(), c.symbol(), "symbol");
                assertTrue(c.firstTradable() >= 0, "firstTradable >= 0");
                for (int i = 0; i < Math.min(c.firstTradable(), c.size()); i++) {
                    assertFalse(c.entry()[i], "entry at bar " + i + " before firstTradable " + c.firstTradable());
                }
            }
        }
    }

    @Test
    void shortHistoryDoesNotFail() {
        StrategyProvider p = provider();
        for (int n : new int[] {0, 1, 5}) {
            PriceColumns b = TestBars.prefix(bars().getFirst(), n);
            assertEquals(n, p.computeSignals(b, p.paramSpace().defaults()).size(), n + " bars");
        }
    }

    @Test
    void changingLaterBarsChangesNothingBefore() {
        StrategyProvider p = provider();
        for (Params params : paramSets()) {
            for (PriceColumns b : bars()) {
                SignalColumns full = p.computeSignals(b, params);
                for (int t : new int[] {b.size() / 4, b.size() / 2, b.size() * 3 / 4}) {
                    SignalColumns changed = p.computeSignals(TestBars.changedAfter(b, t, 99 + t), params);
                    assertNull(ColumnsComparison.firstDifference(full, changed, t),
                            "look-ahead: changing bars after " + t + " changed an earlier value of " + b.symbol() + " (" + params + ")");
                    assertEquals(full.firstTradable(), changed.firstTradable(), "firstTradable depends on later bars");
                }
            }
        }
    }

    @Test
    void sameInputsGiveTheSameSignals() {
        for (PriceColumns b : bars()) {
            Params params = provider().paramSpace().defaults();
            SignalColumns first = provider().computeSignals(b, params);
            SignalColumns second = provider().computeSignals(b, params);
            assertNull(ColumnsComparison.firstDifference(first, second, b.size() - 1), "not deterministic on " + b.symbol());
        }
    }

    @Test
    void findsSomeEntriesOnTheTestBars() {
        StrategyProvider p = provider();
        long entries = bars().stream().map(b -> p.computeSignals(b, p.paramSpace().defaults()))
                .mapToLong(c -> java.util.stream.IntStream.range(0, c.size()).filter(i -> c.entry()[i]).count()).sum();
        assertTrue(entries > 0, "no entry at all on the test bars with default params; override bars() if they do not suit");
    }
}
