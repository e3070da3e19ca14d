package dev.sextant.app.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.app.AppContext;
import dev.sextant.engine.settings.Setting;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show and change settings (API keys, provider URLs and rate limits).",
                "Secrets (names ending in key, token, secret, password) are always shown masked."},
        subcommands = {SettingsCommand.Set.class, SettingsCommand.Get.class, SettingsCommand.ListSettings.class})
final class SettingsCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "set", mixinStandardHelpOptions = true,
            description = "Store a setting. VALUE '-' reads it from the first line of stdin (keeps keys out of the shell history).")
    static final class Set implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Parameters(index = "0", paramLabel = "NAME")
        String name;

        @Mixin
        JsonOutput json;

        @Parameters(index = "1", paramLabel = "VALUE")
        String value;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            String stored = "-".equals(value) ? firstLineOfStdin() : value;
            try (AppContext ctx = Root.of(spec).open(out)) {
                ctx.settings().set(name, stored);
            }
            Setting setting = new Setting(name, stored);
            if (!json.toStdout()) {
                out.println(name + " = " + setting.shownValue());
                out.flush();
            }
            json.write(new ListSettings.Row(name, setting.shownValue(), setting.secret()), out);
            return 0;
        }

        private static String firstLineOfStdin() {
            try {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isBlank()) {
                    throw new UserError("no value on stdin");
                }
                return line.strip();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the value from stdin", e);
            }
        }
    }

    @Command(name = "get", mixinStandardHelpOptions = true, description = "Print one setting (secrets masked).")
    static final class Get implements Callable<Integer> {
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
                Setting setting = new Setting(name, ctx.settings().get(name).orElseThrow(() -> new UserError("no setting " + name)));
                if (!json.toStdout()) {
                    out.println(setting.shownValue());
                }
                json.write(new ListSettings.Row(name, setting.shownValue(), setting.secret()), out);
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Every setting, secrets masked.")
    static final class ListSettings implements Callable<Integer> {
        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Mixin
        JsonOutput json;

        record Row(String name, String value, boolean secret) {
        }

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (AppContext ctx = Root.of(spec).open(out)) {
                List<Row> rows = ctx.settings().list().stream().map(s -> new Row(s.name(), s.shownValue(), s.secret())).toList();
                if (!json.toStdout()) {
                    Table table = new Table("name", "value");
                    rows.forEach(r -> table.add(r.name(), r.value()));
                    table.print(out);
                }
                json.write(rows, out);
            }
            return 0;
        }
    }
}
