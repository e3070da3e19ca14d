package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginHost;
import dev.sextant.app.plugins.PluginPolicy;
import dev.sextant.app.plugins.PluginState;
import dev.sextant.app.plugins.PluginStatus;
import dev.sextant.engine.job.ProgressSink;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * User jars that must not take Sextant down: new jars wait for the user, a hanging one is timed out,
 * one that ends the process is named and disabled at the next start, and safe mode opens none.
 */
class PluginSafetyTest {

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

    private JsonNode listed(String id, String... globalOptions) {
        Path json = tmp.resolve("plugins-" + System.nanoTime() + ".json");
        List<String> args = new java.util.ArrayList<>(List.of(globalOptions));
        args.addAll(List.of("plugins", "list", "--json", json.toString()));
        cli.ok(args.toArray(String[]::new));
        for (JsonNode n : CliRunner.readJson(json)) {
            if (n.get("id").asString().equals(id)) {
                return n;
            }
        }
        throw new AssertionError("plugin " + id + " not listed in " + CliRunner.readJson(json));
    }

    @Test
    void aNewOrChangedJarIsListedAsNewNotEnabledWithTheNoticeAndLoadsOnlyOnceEnabled() throws IOException {
        FixturePlugins.demo(plugins);

        JsonNode demo = listed("demo.jar");
        assertThat(demo.get("state").asString()).isEqualTo("new, not enabled");
        assertThat(demo.get("problem").asString()).startsWith("new or changed jar (sha256 ")
                .contains("./sextant plugins enable demo.jar");
        assertThat(cli.ok("plugins", "list").out()).contains("new, not enabled").contains(PluginHost.TRUSTED_CODE_NOTICE);
        assertThat(cli.ok("strategies").out()).doesNotContain("always-in");

        assertThat(cli.ok("plugins", "enable", "demo.jar").out()).contains(PluginHost.TRUSTED_CODE_NOTICE);
        assertThat(listed("jar-demo").get("state").asString()).isEqualTo("active");
        assertThat(cli.ok("strategies").out()).contains("always-in");

        Path other = FixturePlugins.throwingStrategy(tmp.resolve("elsewhere"));
        Files.copy(other, plugins.resolve("demo.jar"), StandardCopyOption.REPLACE_EXISTING);
        assertThat(listed("demo.jar").get("state").asString()).as("same name, other content").isEqualTo("new, not enabled");
        assertThat(cli.ok("strategies").out()).doesNotContain("always-in").doesNotContain("boom");
    }

    @Test
    void aPluginThatHangsWhileRegisteringIsTimedOutDisabledWithTheReasonAndTheRestLoads() {
        FixturePlugins.demo(plugins);
        FixturePlugins.hanging(plugins);
        cli.ok("plugins", "enable", "demo.jar");
        cli.ok("plugins", "enable", "sleepy.jar");

        long start = System.nanoTime();
        try (AppContext ctx = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE,
                new PluginPolicy(false, Duration.ofMillis(300)))) {
            long ms = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            PluginStatus sleepy = ctx.plugins().status("sleepy.jar").orElseThrow();
            assertThat(sleepy.state()).isEqualTo(PluginState.DISABLED);
            assertThat(sleepy.problem()).isEqualTo("timed out after 300 ms while registering plugin sleepy");
            assertThat(ctx.plugins().status("jar-demo").orElseThrow().state()).isEqualTo(PluginState.ACTIVE);
            assertThat(ctx.strategies().ids()).contains("always-in").doesNotContain("too-late");
            assertThat(plugins.resolve(PluginHost.LOADING_MARKER)).doesNotExist();
            assertThat(ms).as("start with a hanging plugin, ms").isLessThan(10_000);
        }

        JsonNode sleepy = listed("sleepy.jar");
        assertThat(sleepy.get("state").asString()).isEqualTo("disabled");
        assertThat(sleepy.get("problem").asString()).isEqualTo("timed out after 300 ms while registering plugin sleepy");
    }

    @Test
    void aPluginThatCallsSystemExitIsNamedAndDisabledAtTheNextStart() throws Exception {
        FixturePlugins.exiting(plugins);
        cli.ok("plugins", "enable", "quitter.jar");

        Process child = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "--home", home.toString(), "--no-sample-data", "strategies")
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).as("child JVM ended").isTrue();
        assertThat(child.exitValue()).as("the plugin's System.exit(3) ended it; log:\n" + Files.readString(tmp.resolve("child.log")))
                .isEqualTo(3);
        assertThat(Files.readAllLines(plugins.resolve(PluginHost.LOADING_MARKER)))
                .as("the marker the dead process left").startsWith("quitter.jar");

        CliRunner.Outcome next = cli.ok("strategies");
        assertThat(next.out()).contains("plugin jar quitter.jar ended the last start while registering plugin quitter;"
                + " it is disabled now (./sextant plugins enable quitter.jar to try it again)").contains("sma-cross");
        assertThat(plugins.resolve(PluginHost.LOADING_MARKER)).doesNotExist();
        JsonNode quitter = listed("quitter.jar");
        assertThat(quitter.get("state").asString()).isEqualTo("disabled");
        assertThat(quitter.get("problem").asString()).startsWith("the process ended while registering plugin quitter (started ")
                .endsWith("System.exit or a crash in the plugin");
        assertThat(cli.ok("strategies").out()).as("said once").doesNotContain("ended the last start");
    }

    @Test
    void safeModeOpensNoUserJarKeepsTheBundledPluginsAndCanDisableAPluginWithoutLoadingIt() {
        FixturePlugins.demo(plugins);
        FixturePlugins.exiting(plugins);
        cli.ok("plugins", "enable", "demo.jar");
        assertThat(listed("jar-demo").get("state").asString()).isEqualTo("active");
        cli.ok("plugins", "enable", "quitter.jar"); // enabled but never loaded: loading it would end this JVM

        JsonNode demo = listed("jar-demo", "--safe-mode");
        assertThat(demo.get("state").asString()).isEqualTo("skipped (safe mode)");
        assertThat(demo.get("source").asString()).isEqualTo("demo.jar");
        assertThat(listed("quitter.jar", "--safe-mode").get("state").asString()).isEqualTo("skipped (safe mode)");
        assertThat(cli.ok("--safe-mode", "strategies").out()).doesNotContain("always-in").contains("donchian-breakout");

        cli.ok("--safe-mode", "plugins", "disable", "quitter.jar");
        cli.ok("--safe-mode", "plugins", "disable", "jar-demo");
        assertThat(listed("quitter.jar").get("state").asString()).isEqualTo("disabled");
        assertThat(listed("quitter.jar").get("problem").asString()).isEqualTo("disabled by the user");
        assertThat(listed("jar-demo").get("state").asString()).isEqualTo("disabled");
        assertThat(cli.ok("strategies").out()).doesNotContain("always-in").contains("donchian-breakout");
    }

    @Test
    void safeModeComesFromTheOptionOrTheEnvironment() {
        assertThat(PluginPolicy.of(true, Map.of()).safeMode()).isTrue();
        assertThat(PluginPolicy.of(false, Map.of(PluginPolicy.SAFE_MODE_VARIABLE, "1")).safeMode()).isTrue();
        assertThat(PluginPolicy.of(false, Map.of(PluginPolicy.SAFE_MODE_VARIABLE, "true")).safeMode()).isTrue();
        assertThat(PluginPolicy.of(false, Map.of(PluginPolicy.SAFE_MODE_VARIABLE, "0")).safeMode()).isFalse();
        assertThat(PluginPolicy.of(false, Map.of()).loadTimeout()).isEqualTo(Duration.ofSeconds(10));
    }
}
