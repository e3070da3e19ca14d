package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.spi.ParamSpec;
import dev.sextant.engine.spi.StrategyProvider;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "strategies", mixinStandardHelpOptions = true,
        description = {"List the strategies: id, version, description and parameter space (type, range, default).",
                "Override a parameter in scan and backtest with --param name=value."})
final class StrategiesCommand implements Callable<Integer> {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (AppContext ctx = Root.of(spec).open(out)) {
            List<StrategyProvider> providers = ctx.strategies().list();
            if (!json.toStdout()) {
                print(providers, out);
            }
            json.write(providers.stream().map(StrategiesCommand::document).toList(), out);
        }
        return 0;
    }

    private static void print(List<StrategyProvider> providers, PrintWriter out) {
        for (StrategyProvider p : providers) {
            out.printf("%s (version %s): %s%n", p.id(), p.version(), p.description());
            Table table = new Table("  param", "type", "range", "default", "description");
            for (ParamSpec s : p.paramSpace().params()) {
                table.add("  " + s.name(), type(s), range(s), String.valueOf(s.defaultObject()), s.description());
            }
            table.print(out);
            out.println();
        }
        out.flush();
    }

    private static String type(ParamSpec s) {
        return switch (s) {
            case ParamSpec.IntParam i -> "int";
            case ParamSpec.FloatParam f -> f.logScale() ? "float (log)" : "float";
            case ParamSpec.CategoricalParam c -> "choice";
        };
    }

    private static String range(ParamSpec s) {
        return switch (s) {
            case ParamSpec.IntParam i -> "[" + i.min() + ", " + i.max() + "]";
            case ParamSpec.FloatParam f -> "[" + f.min() + ", " + f.max() + "]";
            case ParamSpec.CategoricalParam c -> String.join("|", c.choices());
        };
    }

    private static Map<String, Object> document(StrategyProvider p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("version", p.version());
        m.put("description", p.description());
        m.put("params", p.paramSpace().params().stream().map(StrategiesCommand::param).toList());
        return m;
    }

    private static Map<String, Object> param(ParamSpec s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("name", s.name());
        m.put("type", switch (s) {
            case ParamSpec.IntParam i -> "int";
            case ParamSpec.FloatParam f -> "float";
            case ParamSpec.CategoricalParam c -> "categorical";
        });
        switch (s) {
            case ParamSpec.IntParam i -> {
                m.put("min", i.min());
                m.put("max", i.max());
            }
            case ParamSpec.FloatParam f -> {
                m.put("min", f.min());
                m.put("max", f.max());
                m.put("log_scale", f.logScale());
            }
            case ParamSpec.CategoricalParam c -> m.put("choices", c.choices());
        }
        m.put("default", s.defaultObject());
        m.put("description", s.description());
        return m;
    }
}
