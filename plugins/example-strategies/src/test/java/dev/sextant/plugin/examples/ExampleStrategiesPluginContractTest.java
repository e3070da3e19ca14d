package dev.sextant.plugin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.api.SextantPlugin;
import dev.sextant.plugin.testkit.PluginContract;
import dev.sextant.plugin.testkit.RecordingRegistrar;
import org.junit.jupiter.api.Test;

class ExampleStrategiesPluginContractTest extends PluginContract {

    @Override
    protected SextantPlugin plugin() {
        return new ExampleStrategiesPlugin();
    }

    @Test
    void registersBothStrategiesAndTheIndicator() {
        RecordingRegistrar r = register();
        assertThat(r.strategies).extracting(s -> s.id()).containsExactly("donchian-breakout", "keltner-reversion");
        assertThat(r.indicators).extracting(i -> i.name()).containsExactly("donchian");
    }
}
