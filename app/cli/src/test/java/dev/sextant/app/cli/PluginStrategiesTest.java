package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import dev.sextant.app.plugins.PluginStrategies;
import dev.sextant.engine.cluster.PluginStrategy;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a cluster job ships of the plugins: the jar and class of each plugin strategy an executor can create. */
class PluginStrategiesTest {

    @TempDir
    Path tmp;

    @Test
    void anEnabledPluginsStrategyIsShippedAsItsJarAndClassAndTheEngineStrategiesAreNot() {
        Path home = tmp.resolve("home");
        Path jar = FixturePlugins.demo(home.resolve("plugins"));
        new CliRunner(home).ok("plugins", "enable", "demo.jar");

        try (AppContext ctx = AppContext.open(home, false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            List<PluginStrategy> shipped = PluginStrategies.shippable(ctx.strategies());

            assertThat(ctx.strategies().ids()).contains("sma-cross", "dwap-breakout", "always-in");
            assertThat(shipped).extracting(PluginStrategy::id).as("the engine's strategies come with the engine")
                    .doesNotContainAnyElementsOf(StrategyCatalog.load().ids());
            assertThat(shipped).filteredOn(p -> p.id().equals("always-in")).singleElement().satisfies(p -> {
                assertThat(p.id()).isEqualTo("always-in");
                assertThat(p.className()).endsWith("$AlwaysIn");
                assertThat(Path.of(java.net.URI.create(p.jar()))).isEqualTo(jar.toAbsolutePath());
            });
        }
    }
}
