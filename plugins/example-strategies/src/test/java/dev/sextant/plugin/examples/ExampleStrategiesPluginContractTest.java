package dev.sextant.plugin.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.api.PresetPack;
import dev.sextant.app.api.SextantPlugin;
import dev.sextant.engine.spi.StrategyProvider;
import java.util.HashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
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

    /**
     * The strategy pack ships both presets; each is schema-1 JSON naming one of this plugin's strategies and only
     * parameters it declares, within their bounds (the host's checks, PresetServiceTest and PresetCommandTest, read
     * the same files through the plugin host).
     */
    @Test
    void shipsAStrategyPackOfTwoPresetsForItsOwnStrategies() {
        RecordingRegistrar r = register();
        assertThat(r.presetPacks).hasSize(1);
        PresetPack pack = r.presetPacks.getFirst();
        assertThat(pack.name()).isEqualTo(ExampleStrategiesPlugin.PACK);
        assertThat(pack.files().keySet()).containsExactly("donchian-trend.json", "keltner-dip.json");
        Map<String, StrategyProvider> strategies = new HashMap<>();
        r.strategies.forEach(s -> strategies.put(s.id(), s));
        for (Map.Entry<String, String> file : pack.files().entrySet()) {
            JsonNode preset = JsonMapper.builder().build().readTree(file.getValue());
            assertThat(preset.get("schema").asInt()).as(file.getKey()).isEqualTo(1);
            assertThat(file.getKey()).isEqualTo(preset.get("name").asString() + ".json");
            StrategyProvider strategy = strategies.get(preset.get("strategy").asString());
            assertThat(strategy).as(file.getKey() + " names a strategy of this plugin").isNotNull();
            preset.get("params").properties().forEach(p -> assertThat(strategy.paramSpace().params().stream()
                    .filter(spec -> spec.name().equals(p.getKey())).findFirst())
                    .as(file.getKey() + " param " + p.getKey())
                    .hasValueSatisfying(spec -> spec.coerce(p.getValue().numberValue())));
        }
    }
}
