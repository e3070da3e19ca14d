package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** User plugins as jars in {@code <home>/plugins}, through the CLI on a real H2 file. */
class PluginsCommandTest {

    @TempDir
    Path tmp;
    Path home;
    Path plugins;
    CliRunner cli;

    @BeforeEach
    void setUp() {
        home = tmp.resolve("home");
        plugins = home.resolve("plugins");
        cli = new CliRunner(home);
    }

    /** Enables a jar the way a user does after dropping it into the folder (it is "new, not enabled" before). */
    private void enable(Path jar) {
        cli.ok("plugins", "enable", jar.getFileName().toString());
    }

    private void importSmallMarket() {
        try {
            cli.importSmallMarket(Files.createDirectories(tmp.resolve("market")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private JsonNode listed(String id) {
        Path json = tmp.resolve("plugins-" + System.nanoTime() + ".json");
        cli.ok("plugins", "list", "--json", json.toString());
        for (JsonNode n : CliRunner.readJson(json)) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("plugin " + id + " not listed");
    }

    @Test
    void aPluginJarContributesAStrategyUsedByScanAndBacktestASinkAndACommandWithItsOwnTable() {
        enable(FixturePlugins.demo(plugins));
        importSmallMarket();

        JsonNode demo = listed("jar-demo");
        assertThat(demo.get("state").asString()).isEqualTo("active");
        assertThat(demo.get("version").asString()).isEqualTo("2.3.4");
        assertThat(demo.get("api_version").asString()).isEqualTo(dev.sextant.engine.spi.SextantApi.VERSION);
        assertThat(demo.get("source").asString()).isEqualTo("demo.jar");
        assertThat(cli.ok("plugins", "list").out()).contains("plugin commands: notes");
        assertThat(cli.ok("strategies").out()).contains("always-in (version 1): test strategy always-in");

        CliRunner.Outcome scan = cli.ok("scan", "--strategy", "always-in", "--universe", "small");
        assertThat(scan.out()).contains("always-in on " + CliRunner.dayOf(399) + ": 4 signal(s) among 4 symbols");
        assertThat(cli.ok("settings", "get", "plugin.jar-demo.last-scan").out())
                .contains("always-in " + CliRunner.dayOf(399) + " 4");

        Path run = tmp.resolve("run.json");
        cli.ok("backtest", "--strategy", "always-in", "--param", "from=10", "--symbols", "AAA,BBB", "--json", run.toString());
        JsonNode doc = CliRunner.readJson(run);
        assertThat(doc.at("/provenance/strategy_id").asString()).isEqualTo("always-in");
        assertThat(doc.get("executions")).hasSize(2);
        assertThat(doc.at("/executions/0/date").asString()).isEqualTo(CliRunner.dayOf(11).toString());

        cli.ok("notes", "first", "note");
        assertThat(cli.ok("notes", "second").out()).isEqualTo("1: first note\n2: second\n");
        assertThat(cli.ok("notes", "--help").out()).contains("Add a note, or list them");
    }

    @Test
    void aCorruptJarIsReportedAndTheRestKeepsWorking() throws Exception {
        Files.createDirectories(plugins);
        enable(Files.write(plugins.resolve("broken.jar"), new byte[] {'P', 'K', 3, 4, 'n', 'o', 't', ' ', 'a', ' ', 'j', 'a', 'r'}));
        enable(FixturePlugins.demo(plugins));

        JsonNode broken = listed("broken.jar");
        assertThat(broken.get("state").asString()).isEqualTo("failed");
        assertThat(broken.get("problem").asString()).startsWith("not a readable jar: ZipException");
        assertThat(listed("jar-demo").get("state").asString()).isEqualTo("active");
        assertThat(cli.ok("strategies").out()).contains("always-in", "donchian-breakout", "dwap-breakout");
    }

    @Test
    void pluginsThatThrowWhileLoadingOrRegisteringAreReportedAndContributeNothing() {
        enable(FixturePlugins.throwingConstructor(plugins));
        enable(FixturePlugins.throwingRegister(plugins));
        enable(FixturePlugins.clashingStrategy(plugins));

        JsonNode ctor = listed("ctor.jar fixture.ctor.CtorPlugin");
        assertThat(ctor.get("state").asString()).isEqualTo("failed");
        assertThat(ctor.get("problem").asString()).contains("cannot load").contains("cannot start");
        JsonNode register = listed("bad-register");
        assertThat(register.get("state").asString()).isEqualTo("failed");
        assertThat(register.get("problem").asString())
                .isEqualTo("cannot register: IllegalStateException: missing licence file");
        JsonNode clash = listed("clash");
        assertThat(clash.get("problem").asString())
                .isEqualTo("cannot register: IllegalArgumentException: strategy sma-cross is already provided by plugin sextant-builtin");

        String strategies = cli.ok("strategies").out();
        assertThat(strategies).doesNotContain("half-registered").contains("sma-cross (version");
    }

    @Test
    void aPluginBuiltForAnotherApiVersionIsNotRegistered() {
        enable(FixturePlugins.incompatible(plugins));
        JsonNode future = listed("future");
        assertThat(future.get("state").asString()).isEqualTo("incompatible");
        assertThat(future.get("api_version").asString()).isEqualTo("2.0");
        assertThat(future.get("problem").asString())
                .isEqualTo("built for API 2.0, this workstation has API 1.2 (needs the same major version)");
        assertThat(cli.ok("strategies").exit()).isZero();
    }

    @Test
    void aStrategyThatThrowsFailsItsRunNamingThePluginWhichIsDisabledUntilEnabledAgain() {
        enable(FixturePlugins.throwingStrategy(plugins));
        enable(FixturePlugins.demo(plugins));
        importSmallMarket();

        CliRunner.Outcome failed = cli.run("backtest", "--strategy", "boom", "--universe", "small");
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.err()).contains("sextant: plugin 'boom' failed in strategy 'boom' on ")
                .contains("IllegalStateException: no signals for ")
                .contains("the plugin is disabled now (./sextant plugins enable boom turns it back on)")
                .doesNotContain("\tat ");

        JsonNode boom = listed("boom");
        assertThat(boom.get("state").asString()).isEqualTo("disabled");
        assertThat(boom.get("problem").asString()).startsWith("failed in strategy 'boom' on ");
        assertThat(cli.run("scan", "--strategy", "boom").err()).contains("unknown strategy 'boom'");
        assertThat(cli.ok("scan", "--strategy", "always-in", "--universe", "small").out()).contains("4 signal(s)");

        cli.ok("plugins", "enable", "boom");
        assertThat(listed("boom").get("state").asString()).isEqualTo("active");
        assertThat(listed("boom").get("problem").asString()).isEmpty();
        CliRunner.Outcome scan = cli.run("scan", "--strategy", "boom", "--universe", "small");
        assertThat(scan.exit()).isEqualTo(2);
        assertThat(scan.err()).contains("plugin 'boom' failed in strategy 'boom'");
    }

    @Test
    void aSignalSinkThatThrowsDoesNotFailTheScanAndIsDisabled() {
        enable(FixturePlugins.throwingSink(plugins));
        enable(FixturePlugins.demo(plugins));
        importSmallMarket();

        CliRunner.Outcome scan = cli.ok("scan", "--strategy", "always-in", "--universe", "small");
        assertThat(scan.out()).contains("saved: 4 new");
        assertThat(scan.err()).contains("sextant: plugin 'leaky-sink' failed in signal sink 'leaky': "
                + "UnsupportedOperationException: mail server down");
        assertThat(cli.ok("settings", "get", "plugin.jar-demo.last-scan").out()).contains("always-in");
        assertThat(listed("leaky-sink").get("state").asString()).isEqualTo("disabled");
    }

    @Test
    void aCommandThatThrowsIsReportedAndDisablesItsPlugin() {
        enable(FixturePlugins.demo(plugins));
        CliRunner.Outcome failed = cli.run("notes", "fail");
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.err()).contains("plugin 'jar-demo' failed in command 'notes': IllegalStateException: notes failed on purpose");
        assertThat(cli.run("notes").err()).contains("unknown command 'notes'");
    }

    @Test
    void enableAndDisableArePersistedAndCheckTheId() {
        cli.ok("plugins", "disable", "example-strategies");
        assertThat(listed("example-strategies").get("state").asString()).isEqualTo("disabled");
        assertThat(cli.ok("strategies").out()).doesNotContain("donchian-breakout");
        cli.ok("plugins", "enable", "example-strategies");
        assertThat(cli.ok("strategies").out()).contains("donchian-breakout", "keltner-reversion");

        CliRunner.Outcome unknown = cli.run("plugins", "disable", "nope");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("no plugin 'nope' (known: sextant-builtin, example-strategies, cloud-sync)");
        assertThat(cli.run("plugins", "disable", "sextant-builtin").err()).contains("cannot be disabled");
    }

    @Test
    void aPluginsLiveStreamIsFoundByIdAndOneThatCannotOpenDisablesItsPlugin() {
        enable(FixturePlugins.throwingStream(plugins));
        assertThat(cli.run("live", "--provider", "nope", "--symbols", "X").err())
                .isEqualTo("sextant: unknown stream provider 'nope'; known: flaky\n");

        CliRunner.Outcome failed = cli.run("live", "--provider", "flaky", "--symbols", "X");
        assertThat(failed.exit()).isEqualTo(2);
        assertThat(failed.err()).contains("sextant: plugin 'flaky-feed' failed in market stream 'flaky'")
                .contains("IllegalStateException: no route to the feed")
                .contains("the plugin is disabled now")
                .doesNotContain("\tat ");
        assertThat(listed("flaky-feed").get("state").asString()).isEqualTo("disabled");
    }
}
