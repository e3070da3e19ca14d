package dev.sextant.app.cli;

import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads repeated {@code --param name=value} options into typed, validated overrides of a strategy's params. */
final class ParamOverrides {

    private ParamOverrides() {
    }

    static Map<String, Object> parse(List<String> texts, StrategyProvider provider) {
        Map<String, ParamSpec> specs = new LinkedHashMap<>();
        provider.paramSpace().params().forEach(p -> specs.put(p.name(), p));
        Map<String, Object> out = new TreeMap<>();
        for (String text : texts == null ? List.<String>of() : texts) {
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new UserError("--param '" + text + "': expected name=value");
            }
            String name = text.substring(0, eq).trim();
            ParamSpec spec = specs.get(name);
            if (spec == null) {
                throw new UserError("strategy " + provider.id() + " has no param '" + name + "' (known: "
                        + String.join(", ", specs.keySet()) + ")");
            }
            out.put(name, spec.coerce(text.substring(eq + 1)));
        }
        return out;
    }
}
