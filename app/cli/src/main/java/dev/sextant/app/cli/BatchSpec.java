package dev.sextant.app.cli;

import dev.sextant.app.research.MarketChoice;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@code ./sextant batch --spec FILE.json} file: strategies × universes × date ranges, each combination one run.
 * <pre>{@code
 * {"strategies": [{"strategy": "dwap-breakout", "params": {"period": 30}}, {"strategy": "sma-cross"}],
 *  "universes":  [{"symbols": ["S000.SX", "S001.SX"]}, {"universe": "all"}],
 *  "ranges":     [{"from": "2012-01-01", "to": "2015-12-31"}, {"from": "2016-01-01"}]}
 * }</pre>
 * {@code ranges} may be left out (one run over each universe's whole history); a range's {@code from} or {@code to}
 * may be left out too. Runs are numbered strategies first, then universes, then ranges.
 */
record BatchSpec(List<Strategy> strategies, List<MarketChoice> universes, List<Range> ranges) {

    /** A strategy and its parameter overrides as {@code name=value} texts (checked like {@code --param}). */
    record Strategy(String id, List<String> params) {
    }

    record Range(LocalDate from, LocalDate to) {
    }

    /** One run: which strategy, market and range. */
    record Run(Strategy strategy, MarketChoice market, Range range) {

        String label() {
            return strategy.id() + (strategy.params().isEmpty() ? "" : " " + String.join(" ", strategy.params())) + " on "
                    + market.label() + " " + (range.from() == null ? "first bar" : range.from()) + ".."
                    + (range.to() == null ? "last bar" : range.to());
        }
    }

    List<Run> runs() {
        List<Run> out = new ArrayList<>();
        for (Strategy s : strategies) {
            for (MarketChoice m : universes) {
                for (Range r : ranges) {
                    out.add(new Run(s, m, r));
                }
            }
        }
        return out;
    }

    /** Reads and checks {@code file}; a bad entry fails naming the file, the entry and its value. */
    static BatchSpec read(Path file) {
        Object root;
        try {
            root = JsonMapper.builder().build().readValue(Files.readString(file), Object.class);
        } catch (IOException | JacksonException e) {
            throw new UserError("--spec " + file + ": not readable JSON: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (!(root instanceof Map<?, ?> m)) {
            throw new UserError("--spec " + file + ": expected a JSON object with strategies, universes and ranges");
        }
        for (Object key : m.keySet()) {
            if (!List.of("strategies", "universes", "ranges").contains(key)) {
                throw new UserError("--spec " + file + ": unknown entry '" + key + "' (known: strategies, universes, ranges)");
            }
        }
        List<Strategy> strategies = new ArrayList<>();
        for (Map<?, ?> s : objects(file, m, "strategies", true)) {
            if (!(s.get("strategy") instanceof String id) || id.isBlank()) {
                throw new UserError("--spec " + file + ": strategies entry " + s + " needs \"strategy\": \"ID\"");
            }
            List<String> params = new ArrayList<>();
            if (s.get("params") instanceof Map<?, ?> p) {
                p.forEach((k, v) -> params.add(k + "=" + v));
            } else if (s.get("params") != null) {
                throw new UserError("--spec " + file + ": params of " + id + " must be an object, got " + s.get("params"));
            }
            strategies.add(new Strategy(id, params));
        }
        List<MarketChoice> universes = new ArrayList<>();
        for (Map<?, ?> u : objects(file, m, "universes", true)) {
            if (u.get("symbols") instanceof List<?> symbols && !symbols.isEmpty() && u.get("universe") == null) {
                universes.add(MarketChoice.ofSymbols(symbols.stream().map(String::valueOf).toList()));
            } else if (u.get("universe") instanceof String name && u.get("symbols") == null) {
                universes.add(MarketChoice.ofUniverse(name));
            } else {
                throw new UserError("--spec " + file + ": universes entry " + u
                        + " needs either \"symbols\": [\"A\", …] or \"universe\": \"NAME\"");
            }
        }
        List<Range> ranges = new ArrayList<>();
        for (Map<?, ?> r : objects(file, m, "ranges", false)) {
            Range range = new Range(date(file, r, "from"), date(file, r, "to"));
            if (range.from() != null && range.to() != null && range.from().isAfter(range.to())) {
                throw new UserError("--spec " + file + ": range " + r + " starts after it ends");
            }
            ranges.add(range);
        }
        if (ranges.isEmpty()) {
            ranges.add(new Range(null, null));
        }
        return new BatchSpec(strategies, universes, ranges);
    }

    private static List<Map<?, ?>> objects(Path file, Map<?, ?> root, String key, boolean required) {
        Object v = root.get(key);
        if (v == null && !required) {
            return List.of();
        }
        if (!(v instanceof List<?> list) || (required && list.isEmpty())) {
            throw new UserError("--spec " + file + ": \"" + key + "\" must be a non-empty list, got " + v);
        }
        List<Map<?, ?>> out = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> entry)) {
                throw new UserError("--spec " + file + ": \"" + key + "\" entry " + item + " is not an object");
            }
            out.add(entry);
        }
        return out;
    }

    private static LocalDate date(Path file, Map<?, ?> range, String key) {
        Object v = range.get(key);
        if (v == null) {
            return null;
        }
        try {
            return LocalDate.parse(String.valueOf(v));
        } catch (DateTimeParseException e) {
            throw new UserError("--spec " + file + ": range " + key + " '" + v + "' is not a YYYY-MM-DD date");
        }
    }
}
