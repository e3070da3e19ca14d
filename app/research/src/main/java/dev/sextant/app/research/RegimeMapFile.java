package dev.sextant.app.research;

import dev.sextant.engine.paper.Candidate;
import dev.sextant.engine.paper.RegimeMap;
import dev.sextant.engine.paper.Rebalance;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes the JSON file of a {@link RegimeMapPlan}:
 * <pre>{@code
 * {"rebalance": "daily",
 *  "regimes": {"strong_bull": {"strategy": "dwap-breakout", "params": {"stop_pct": 0.08}},
 *              "weak_bull": "dwap-breakout",
 *              "range_bound": {"preset": "dwap-honest"},
 *              "panic_crash": "cash"}}
 * }</pre>
 * A regime is mapped to a strategy id, to {@code {"strategy", "params"}}, to {@code {"preset": NAME}} (the preset's
 * strategy and parameters; sizing, fills and filters are the map run's own, for the whole portfolio), or to
 * {@code "cash"};
 * regimes left out are cash; {@code rebalance} (daily, weekly or monthly) defaults to daily.
 * Every error names the file and the regime, strategy, parameter or value at fault.
 */
public final class RegimeMapFile {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private RegimeMapFile() {
    }

    /** @throws IllegalArgumentException for a missing or unreadable file and any bad entry, naming the file */
    public static RegimeMapPlan read(Path file, StrategyCatalog strategies, Function<String, Preset> presets) {
        try {
            return parse(Files.readString(file), file.toString(), strategies, presets);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("regime map " + file + ": no such file", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the regime map " + file + ": " + e.getMessage(), e);
        }
    }

    /** @param source what the text came from (a file name), for error messages */
    public static RegimeMapPlan parse(String text, String source, StrategyCatalog strategies,
            Function<String, Preset> presets) {
        try {
            return fromTree(JSON.readTree(text), source, strategies, presets);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("regime map " + source + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
    }

    /**
     * The plan of a document shaped like the file (maps, lists, strings and numbers), as a table in a panel
     * builds it; checked as a file is.
     */
    public static RegimeMapPlan of(Map<String, ?> document, String source, StrategyCatalog strategies,
            Function<String, Preset> presets) {
        return fromTree(JSON.valueToTree(document), source, strategies, presets);
    }

    private static RegimeMapPlan fromTree(JsonNode root, String source, StrategyCatalog strategies,
            Function<String, Preset> presets) {
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("regime map " + source + ": expected a JSON object with \"regimes\"");
        }
        for (String key : root.propertyNames()) {
            if (!key.equals("regimes") && !key.equals("rebalance")) {
                throw new IllegalArgumentException("regime map " + source + ": unknown field '" + key
                        + "' (known: regimes, rebalance)");
            }
        }
        Rebalance rebalance = Rebalance.DAILY;
        if (root.has("rebalance")) {
            try {
                rebalance = Rebalance.parse(root.get("rebalance").asString());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("regime map " + source + ": " + e.getMessage(), e);
            }
        }
        JsonNode regimes = root.get("regimes");
        if (regimes == null || !regimes.isObject()) {
            throw new IllegalArgumentException("regime map " + source + ": \"regimes\" must be an object of regime -> strategy");
        }
        Map<MarketRegime, Candidate> choices = new EnumMap<>(MarketRegime.class);
        for (String name : regimes.propertyNames()) {
            MarketRegime regime;
            try {
                regime = MarketRegime.fromLabel(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("regime map " + source + ": unknown regime '" + name + "'; known: "
                        + RegimeMapPlan.regimeNames(), e);
            }
            Candidate choice = choice(regimes.get(name), source + ": regime " + name, strategies, presets);
            if (choice != null) {
                choices.put(regime, choice);
            }
        }
        try {
            return new RegimeMapPlan(choices, rebalance);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("regime map " + source + ": " + e.getMessage(), e);
        }
    }

    /** What one regime trades, or null for cash; parameters are checked against the strategy's own. */
    private static Candidate choice(JsonNode node, String where, StrategyCatalog strategies,
            Function<String, Preset> presets) {
        if (node.isObject() && node.has("preset")) {
            if (node.size() != 1 || !node.get("preset").isString()) {
                throw new IllegalArgumentException("regime map " + where + ": expected {\"preset\": NAME} alone, got " + node);
            }
            Preset preset;
            try {
                preset = presets.apply(node.get("preset").asString().trim());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("regime map " + where + ": " + e.getMessage(), e);
            }
            return new Candidate(RegimeMapPlan.labelOf(preset.strategy(), preset.params()), preset.strategy(), preset.params());
        }
        String id;
        Map<String, Object> params = new LinkedHashMap<>();
        if (node.isString()) {
            id = node.asString().trim();
            if (id.equals(RegimeMap.CASH)) {
                return null;
            }
        } else if (node.isObject() && node.has("strategy") && node.get("strategy").isString()) {
            id = node.get("strategy").asString().trim();
            for (String key : node.propertyNames()) {
                if (!key.equals("strategy") && !key.equals("params")) {
                    throw new IllegalArgumentException("regime map " + where + ": unknown field '" + key
                            + "' (known: strategy, params)");
                }
            }
            JsonNode ps = node.get("params");
            if (ps != null && !ps.isNull()) {
                if (!ps.isObject()) {
                    throw new IllegalArgumentException("regime map " + where + ": \"params\" must be an object of name -> value");
                }
                for (String p : ps.propertyNames()) {
                    JsonNode v = ps.get(p);
                    params.put(p, v.isNumber() ? v.numberValue() : v.asString());
                }
            }
        } else {
            throw new IllegalArgumentException("regime map " + where + ": expected a strategy id, \"cash\","
                    + " {\"strategy\": ID, \"params\": {...}} or {\"preset\": NAME}, got " + node);
        }
        StrategyProvider provider;
        try {
            provider = strategies.get(id);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("regime map " + where + ": " + e.getMessage(), e);
        }
        Map<String, Object> resolved = new LinkedHashMap<>();
        try {
            Map<String, Object> all = provider.paramSpace().resolve(params).asMap();
            params.keySet().forEach(k -> resolved.put(k, all.get(k)));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("regime map " + where + ": strategy " + id + ": " + e.getMessage(), e);
        }
        return new Candidate(RegimeMapPlan.labelOf(id, resolved), id, resolved);
    }

    /** The file text of {@code plan}: every regime, cash ones included, in regime order. */
    public static String write(RegimeMapPlan plan) {
        Map<String, Object> regimes = new LinkedHashMap<>();
        for (MarketRegime r : MarketRegime.values()) {
            Candidate c = plan.choice(r);
            if (c == null) {
                regimes.put(r.label(), RegimeMap.CASH);
            } else if (c.params().isEmpty()) {
                regimes.put(r.label(), c.strategyId());
            } else {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("strategy", c.strategyId());
                x.put("params", c.params());
                regimes.put(r.label(), x);
            }
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("rebalance", plan.rebalance().text());
        doc.put("regimes", regimes);
        return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(doc) + "\n";
    }
}
