package dev.sextant.app.research;

import dev.sextant.engine.backtest.BacktestRequest;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A named, versioned bundle of what a trading system trades by: the strategy and its parameters (stops, targets and
 * trailing stops are parameters of strategies such as dwap-breakout), the simulation choices (capital, sizing,
 * positions, fill timing, exit mode, fractional shares, leverage, re-entry, returns, costs) and the entry rules
 * (filters and the risk policy's name). Fields a preset's JSON leaves out hold the defaults of
 * {@link SimulationChoices#defaults()} and {@link EntryRuleChoices#NONE}. {@link PresetService#get} resolves one by name.
 *
 * @param params typed strategy parameter values (coerced by the strategy's {@link dev.sextant.engine.spi.ParamSpec}s)
 */
public record Preset(String name, int version, String description, String strategy, Map<String, Object> params,
        SimulationChoices simulation, EntryRuleChoices rules) {

    /** Letters, digits, '.', '_' or '-', starting with a letter or digit, at most 64. */
    public static final String NAME_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    public Preset {
        if (name == null || !name.matches(NAME_PATTERN)) {
            throw new IllegalArgumentException("preset name '" + name
                    + "': use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        if (version < 1) {
            throw new IllegalArgumentException("preset '" + name + "': version must be at least 1, got " + version);
        }
        Objects.requireNonNull(strategy, "strategy");
        description = description == null ? "" : description;
        params = Collections.unmodifiableMap(new TreeMap<>(params));
        Objects.requireNonNull(simulation, "simulation");
        Objects.requireNonNull(rules, "rules");
    }

    /** {@code name@version}, as run provenance records it, e.g. {@code dwap-classic@1}. */
    public String label() {
        return name + "@" + version;
    }

    /**
     * A request trading {@code symbols} with this preset's strategy, parameters and simulation choices, labelled with
     * {@link #label()}; the caller adds dates, the benchmark and the resolved entry rules.
     *
     * @throws IllegalArgumentException naming a bad simulation value
     */
    public BacktestRequest.Builder request(List<String> symbols) {
        return simulation.applyTo(BacktestRequest.builder(strategy, symbols).params(params)).preset(label());
    }
}
