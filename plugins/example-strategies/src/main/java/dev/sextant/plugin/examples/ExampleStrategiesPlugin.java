package dev.sextant.plugin.examples;

import dev.sextant.app.api.PluginContext;
import dev.sextant.app.api.PluginRegistrar;
import dev.sextant.app.api.PresetPack;
import dev.sextant.app.api.SextantPlugin;
import dev.sextant.engine.spi.PluginDescriptor;

/** The example plugin: two strategies, the Donchian channel indicator and a strategy pack of two presets. */
public final class ExampleStrategiesPlugin implements SextantPlugin {

    public static final String ID = "example-strategies";

    /** The strategy pack's name. */
    public static final String PACK = "example-trend-and-dip";

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Example strategies (Donchian, Keltner)", "1.0.0");
    }

    @Override
    public void register(PluginRegistrar registrar, PluginContext context) {
        registrar.strategy(new DonchianBreakoutProvider());
        registrar.strategy(new KeltnerReversionProvider());
        registrar.indicator(new DonchianChannelIndicator());
        registrar.presets(PresetPack.ofResources(PACK, ExampleStrategiesPlugin.class, "presets",
                "donchian-trend.json", "keltner-dip.json"));
    }
}
