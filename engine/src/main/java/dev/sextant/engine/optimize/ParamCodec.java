package dev.sextant.engine.optimize;

import dev.sextant.engine.spi.ParamSpace;
import dev.sextant.engine.spi.ParamSpec;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps a point of the unit cube {@code [0,1)^d} to parameter values, one coordinate per
 * parameter of the space, in its order. Int in {@code [min, max]}: {@code min + floor(u·(max−min+1))};
 * float: {@code min + u·(max−min)}; log-scaled float: {@code exp(ln min + u·(ln max − ln min))};
 * categorical with k choices: choice {@code floor(u·k)}; a stepped range ({@link SteppedRange}) with
 * n values: value {@code floor(u·n)}. Coordinates are clamped into {@code [0,1)}.
 */
final class ParamCodec {

    private final List<ParamSpec> params;
    private final Map<String, Double> steps;

    ParamCodec(ParamSpace space) {
        this(space, Map.of());
    }

    ParamCodec(ParamSpace space, Map<String, Double> steps) {
        this.params = space.params();
        this.steps = Map.copyOf(steps);
    }

    int dimensions() {
        return params.size();
    }

    Map<String, Object> decode(double[] u) {
        if (u.length != params.size()) {
            throw new IllegalArgumentException("expected " + params.size() + " coordinates, got " + u.length);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (int k = 0; k < u.length; k++) {
            double x = Math.min(Math.max(u[k], 0.0), Math.nextDown(1.0));
            ParamSpec p = params.get(k);
            Double step = steps.get(p.name());
            if (step != null) {
                int n = SteppedRange.count(p, step);
                out.put(p.name(), SteppedRange.value(p, step, Math.min(n - 1, (int) Math.floor(x * n))));
                continue;
            }
            out.put(p.name(), switch (p) {
                case ParamSpec.IntParam i -> (int) Math.min(i.max(), i.min() + (long) Math.floor(x * ((long) i.max() - i.min() + 1)));
                case ParamSpec.FloatParam f when f.logScale() ->
                        Math.min(f.max(), Math.exp(Math.log(f.min()) + x * (Math.log(f.max()) - Math.log(f.min()))));
                case ParamSpec.FloatParam f -> f.min() + x * (f.max() - f.min());
                case ParamSpec.CategoricalParam c -> c.choices().get((int) Math.floor(x * c.choices().size()));
            });
        }
        return out;
    }
}
