package dev.sextant.app.research;

import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON form of a {@link Preset} (schema {@value #SCHEMA}, see docs/user/presets.md): reads one, checking every
 * field against the strategies it may name, and writes one. A bad file fails with one {@link IllegalArgumentException}
 * naming the file, the field and its value: invalid JSON (with line and column), an unknown or missing key, a value of
 * the wrong type, an unknown strategy or parameter, or a value the simulation or entry rules refuse.
 */
public final class PresetJson {

    /** The schema version this Sextant reads and writes. */
    public static final int SCHEMA = 1;

    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    private static final List<String> TOP = List.of("schema", "name", "version", "description", "strategy", "params",
            "simulation", "entry_rules");
    private static final List<String> SIMULATION = List.of("capital", "sizing", "max_positions", "fill", "exit_mode",
            "fractional", "leverage", "reentry", "returns", "commission", "slippage");
    private static final List<String> RULES = List.of("market_filter", "regime_gate", "vol_ceiling", "circuit_breaker",
            "risk_policy");

    private PresetJson() {
    }

    /**
     * @param source the file (or resource) the text came from, named first in every error
     * @throws IllegalArgumentException {@code SOURCE: field 'F' = VALUE: what is wrong}
     */
    public static Preset read(String json, String source, StrategyCatalog strategies) {
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new IllegalArgumentException(source + ": not valid JSON"
                    + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr()) + ": "
                    + e.getOriginalMessage().replaceAll("(?s) \\(start marker at.*|\\R.*", ""));
        }
        Reader r = new Reader(source);
        r.object(root, "", TOP);
        int schema = r.wholeNumber(r.required(root, "schema"), "schema");
        if (schema != SCHEMA) {
            throw r.bad("schema", root.get("schema"), "this Sextant reads presets of schema " + SCHEMA);
        }
        String name = r.text(r.required(root, "name"), "name");
        int version = r.wholeNumber(r.required(root, "version"), "version");
        String description = root.has("description") ? r.text(root.get("description"), "description") : "";
        String strategyId = r.text(r.required(root, "strategy"), "strategy");
        StrategyProvider strategy = r.checked("strategy", root.get("strategy"), () -> strategies.get(strategyId));
        Map<String, Object> params = r.params(root.get("params"), strategy);
        SimulationChoices simulation = r.simulation(root.get("simulation"));
        EntryRuleChoices rules = r.rules(root.get("entry_rules"));
        return r.checked("name", root.get("name"),
                () -> new Preset(name, version, description, strategyId, params, simulation, rules));
    }

    /** The preset as pretty-printed JSON of schema {@value #SCHEMA}: {@link #asMap}. */
    public static String write(Preset p) {
        return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(asMap(p)) + System.lineSeparator();
    }

    /** The JSON form's fields: every simulation field, and the entry rules that are set. */
    public static Map<String, Object> asMap(Preset p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("schema", SCHEMA);
        m.put("name", p.name());
        m.put("version", p.version());
        m.put("description", p.description());
        m.put("strategy", p.strategy());
        m.put("params", new TreeMap<>(p.params()));
        SimulationChoices s = p.simulation();
        Map<String, Object> sim = new LinkedHashMap<>();
        sim.put("capital", number(s.capital()));
        sim.put("sizing", s.sizing().trim());
        sim.put("max_positions", number(s.maxPositions()));
        sim.put("fill", s.fill().trim());
        sim.put("exit_mode", s.closeOnly() ? "close-only" : "intrabar");
        sim.put("fractional", s.fractional());
        sim.put("leverage", number(s.leverage()));
        sim.put("reentry", s.reentry().trim());
        sim.put("returns", s.returns().trim());
        sim.put("commission", s.commission().trim());
        sim.put("slippage", s.slippage().trim());
        m.put("simulation", sim);
        EntryRuleChoices e = p.rules();
        Map<String, Object> rules = new LinkedHashMap<>();
        put(rules, "market_filter", e.marketFilter());
        put(rules, "regime_gate", e.regimeGate());
        put(rules, "vol_ceiling", e.volCeiling());
        put(rules, "circuit_breaker", e.circuitBreaker());
        put(rules, "risk_policy", e.riskPolicy());
        m.put("entry_rules", rules);
        return m;
    }

    private static void put(Map<String, Object> m, String key, String text) {
        if (text != null && !text.isBlank()) {
            m.put(key, text.trim());
        }
    }

    /** {@code 100000} as a whole number, {@code 1.5} as a decimal one. */
    private static Number number(String text) {
        double v = Double.parseDouble(text.trim());
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? (Number) (long) v : (Number) v;
    }

    /** Reads the fields of one source, naming it in every error. */
    private record Reader(String source) {

        IllegalArgumentException bad(String field, JsonNode value, String why) {
            return new IllegalArgumentException(source + ": field '" + field + "'"
                    + (value == null ? "" : " = " + value) + ": " + why);
        }

        void object(JsonNode node, String path, List<String> known) {
            if (node == null || !node.isObject()) {
                throw path.isEmpty() ? new IllegalArgumentException(source + ": a preset is a JSON object, got " + node)
                        : bad(path, node, "expected an object");
            }
            for (String key : node.propertyNames()) {
                if (!known.contains(key)) {
                    throw new IllegalArgumentException(source + ": unknown field '" + (path.isEmpty() ? "" : path + ".")
                            + key + "' (known: " + String.join(", ", known) + ")");
                }
            }
        }

        JsonNode required(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                throw new IllegalArgumentException(source + ": missing field '" + key + "'");
            }
            return v;
        }

        String text(JsonNode v, String field) {
            if (!v.isString()) {
                throw bad(field, v, "expected a string");
            }
            return v.stringValue();
        }

        int wholeNumber(JsonNode v, String field) {
            if (!v.isIntegralNumber() || !v.canConvertToInt()) {
                throw bad(field, v, "expected a whole number");
            }
            return v.intValue();
        }

        /** A number or a string, as text. */
        String numberText(JsonNode v, String field) {
            if (v.isNumber()) {
                return v.numberValue().toString();
            }
            return text(v, field);
        }

        <T> T checked(String field, JsonNode value, java.util.function.Supplier<T> work) {
            try {
                return work.get();
            } catch (IllegalArgumentException e) {
                throw bad(field, value, e.getMessage());
            }
        }

        void check(String field, JsonNode value, Consumer<String> parser, String text) {
            checked(field, value, () -> {
                parser.accept(text);
                return null;
            });
        }

        Map<String, Object> params(JsonNode node, StrategyProvider strategy) {
            Map<String, Object> out = new TreeMap<>();
            if (node == null || node.isNull()) {
                return out;
            }
            Map<String, ParamSpec> specs = new LinkedHashMap<>();
            strategy.paramSpace().params().forEach(p -> specs.put(p.name(), p));
            object(node, "params", List.copyOf(specs.keySet()));
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                String field = "params." + e.getKey();
                JsonNode v = e.getValue();
                Object raw = v.isNumber() ? v.numberValue() : v.isString() ? v.stringValue() : null;
                if (raw == null) {
                    throw bad(field, v, "expected a number or a string");
                }
                out.put(e.getKey(), checked(field, v, () -> specs.get(e.getKey()).coerce(raw)));
            }
            return out;
        }

        SimulationChoices simulation(JsonNode node) {
            SimulationChoices d = SimulationChoices.defaults();
            if (node == null || node.isNull()) {
                return d;
            }
            object(node, "simulation", SIMULATION);
            String capital = simText(node, "capital", d.capital(), SimulationChoices::capital);
            String leverage = simText(node, "leverage", d.leverage(), SimulationChoices::leverage);
            double lev = SimulationChoices.leverage(leverage);
            String sizing = simText(node, "sizing", d.sizing(), t -> SimulationChoices.sizing(t, lev));
            String maxPositions = simText(node, "max_positions", d.maxPositions(), SimulationChoices::maxPositions);
            String fill = simText(node, "fill", d.fill(), SimulationChoices::fill);
            boolean closeOnly = switch (simText(node, "exit_mode", "intrabar", t -> { })) {
                case "intrabar" -> false;
                case "close-only" -> true;
                default -> throw bad("simulation.exit_mode", node.get("exit_mode"), "expected intrabar or close-only");
            };
            boolean fractional = flag(node, "fractional");
            String reentry = simText(node, "reentry", d.reentry(), SimulationChoices::reentry);
            String returns = simText(node, "returns", d.returns(), SimulationChoices::returns);
            String commission = simText(node, "commission", d.commission(), SimulationChoices::commission);
            String slippage = simText(node, "slippage", d.slippage(), SimulationChoices::slippage);
            SimulationChoices s = new SimulationChoices(capital, sizing, maxPositions, fill, closeOnly, commission,
                    slippage, d.riskFree(), d.seed(), fractional, leverage, reentry, returns);
            check("simulation", null, t -> s.validate(), "");
            return s;
        }

        private String simText(JsonNode node, String key, String fallback, Consumer<String> parser) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return fallback;
            }
            String field = "simulation." + key;
            String text = numberText(v, field);
            check(field, v, parser, text);
            return text;
        }

        private boolean flag(JsonNode node, String key) {
            JsonNode v = node.get(key);
            if (v == null || v.isNull()) {
                return false;
            }
            if (!v.isBoolean()) {
                throw bad("simulation." + key, v, "expected true or false");
            }
            return v.booleanValue();
        }

        EntryRuleChoices rules(JsonNode node) {
            if (node == null || node.isNull()) {
                return EntryRuleChoices.NONE;
            }
            object(node, "entry_rules", RULES);
            String[] texts = new String[RULES.size()];
            for (int i = 0; i < texts.length; i++) {
                JsonNode v = node.get(RULES.get(i));
                texts[i] = v == null || v.isNull() ? null : text(v, "entry_rules." + RULES.get(i));
            }
            EntryRuleChoices c = new EntryRuleChoices(texts[0], texts[1], texts[2], texts[3], texts[4]);
            for (int i = 0; i < 4; i++) {
                String only = texts[i];
                String[] one = new String[5];
                one[i] = only;
                check("entry_rules." + RULES.get(i), node.get(RULES.get(i)),
                        t -> new EntryRuleChoices(one[0], one[1], one[2], one[3], one[4]).validate(), only);
            }
            if (texts[4] != null && !texts[4].trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")) {
                throw bad("entry_rules.risk_policy", node.get("risk_policy"), "not a risk policy name");
            }
            return c;
        }
    }
}
