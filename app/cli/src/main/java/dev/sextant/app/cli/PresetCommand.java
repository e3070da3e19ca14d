package dev.sextant.app.cli;

import dev.sextant.app.AppContext;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.research.EntryRuleChoices;
import dev.sextant.app.research.SimulationChoices;
import dev.sextant.app.research.Preset;
import dev.sextant.app.research.PresetJson;
import dev.sextant.app.research.PresetService;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "preset", mixinStandardHelpOptions = true,
        description = {"Presets: named, versioned bundles of strategy, params, sizing, positions, fills, exits, account and",
                "entry rules, used by backtest, scan, optimize and walkforward with --preset NAME (explicit options",
                "override the preset's values). dwap-classic and dwap-honest are built in, plugins may ship strategy packs,",
                "and import saves preset files (or a folder of them, all or none) in the home. See docs/user/presets.md."},
        subcommands = {PresetCommand.ListPresets.class, PresetCommand.Show.class, PresetCommand.Export.class,
                PresetCommand.Import.class, PresetCommand.Delete.class})
final class PresetCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    private static PresetService presets(AppContext ctx) {
        return ctx.research().presets();
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = "Every preset: name, version, strategy, where it comes from (built-in, plugin, saved) and what it is.")
    static final class ListPresets implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                List<PresetService.Listed> all = presets(ctx).list();
                if (!json.toStdout()) {
                    Table t = new Table("name", "version", "strategy", "origin", "description");
                    all.forEach(l -> t.add(l.preset().name(), String.valueOf(l.preset().version()), l.preset().strategy(),
                            l.origin(), l.preset().description()));
                    t.print(out);
                    out.printf("%d preset(s)%n", all.size());
                    out.flush();
                }
                json.write(all.stream().map(l -> {
                    Map<String, Object> m = new LinkedHashMap<>();
                    m.put("name", l.preset().name());
                    m.put("version", l.preset().version());
                    m.put("strategy", l.preset().strategy());
                    m.put("origin", l.origin());
                    m.put("description", l.preset().description());
                    return m;
                }).toList(), out);
            }
            return 0;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true,
            description = "One preset's values; --json writes its JSON form with its origin.")
    static final class Show implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                PresetService.Listed l = presets(ctx).find(name).orElseThrow(() -> new UserError("preset '" + name
                        + "': no such preset (see ./sextant preset list)"));
                Preset p = l.preset();
                if (!json.toStdout()) {
                    print(p, l.origin(), out);
                }
                Map<String, Object> doc = new LinkedHashMap<>(PresetJson.asMap(p));
                doc.put("origin", l.origin());
                json.write(doc, out);
            }
            return 0;
        }

        private static void print(Preset p, String origin, PrintWriter out) {
            SimulationChoices s = p.simulation();
            EntryRuleChoices r = p.rules();
            out.printf("%s (version %d, %s): %s%n", p.name(), p.version(), origin, p.description());
            row(out, "strategy", p.strategy() + " " + p.params());
            row(out, "capital", s.capital());
            row(out, "sizing", s.sizing());
            row(out, "max positions", s.maxPositions());
            row(out, "fill", s.fill());
            row(out, "exits", s.closeOnly() ? "close-only (stops and targets checked on closes)" : "intrabar");
            row(out, "shares", s.fractional() ? "fractional" : "whole");
            row(out, "leverage", s.leverage());
            row(out, "re-entry", s.reentry());
            row(out, "returns", s.returns());
            row(out, "costs", "commission " + s.commission() + ", slippage " + s.slippage());
            row(out, "market filter", orNone(r.marketFilter()));
            row(out, "regime gate", orNone(r.regimeGate()));
            row(out, "vol ceiling", orNone(r.volCeiling()));
            row(out, "circuit breaker", orNone(r.circuitBreaker()));
            row(out, "risk policy", orNone(r.riskPolicy()));
            out.flush();
        }

        private static void row(PrintWriter out, String name, String value) {
            out.printf("  %-16s %s%n", name, value);
        }

        private static String orNone(String text) {
            return text == null || text.isBlank() ? "none" : text;
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write a preset's JSON form to FILE, or to stdout without FILE; preset import reads it back.")
    static final class Export implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Parameters(index = "1", paramLabel = "FILE", arity = "0..1")
        Path file;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                Preset preset = presets(ctx).get(name);
                String text = PresetJson.write(preset);
                if (file == null) {
                    if (!json.toStdout()) {
                        out.print(text);
                    }
                } else {
                    try {
                        Path target = file.toAbsolutePath();
                        Files.createDirectories(target.getParent());
                        Files.writeString(target, text);
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
                    }
                    if (!json.toStdout()) {
                        out.printf("preset %s written to %s%n", preset.label(), file);
                    }
                }
                out.flush();
                json.write(PresetJson.asMap(preset), out);
            }
            return 0;
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = {"Save a preset file, or every *.json file of a folder (a strategy pack), in the home, in one",
                    "transaction: when one file is bad nothing is saved and the error names the file. A saved preset is",
                    "replaced only by a higher version; built-in and plugin presets' names are taken."})
    static final class Import implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "FILE|FOLDER")
        Path path;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                List<Preset> imported = presets(ctx).importPath(path);
                if (!json.toStdout()) {
                    out.printf("imported %d preset(s): %s%n", imported.size(),
                            String.join(", ", imported.stream().map(Preset::label).toList()));
                    out.flush();
                }
                json.write(imported.stream().map(PresetJson::asMap).toList(), out);
            }
            return 0;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true, description = "Delete a saved preset.")
    static final class Delete implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                presets(ctx).delete(name);
                if (!json.toStdout()) {
                    out.printf("deleted preset %s%n", name.trim());
                    out.flush();
                }
                json.write(Map.of("deleted", name.trim()), out);
            }
            return 0;
        }
    }
}
