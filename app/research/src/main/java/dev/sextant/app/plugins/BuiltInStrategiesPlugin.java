package dev.sextant.app.plugins;

import dev.sextant.app.api.PluginContext;
import dev.sextant.app.api.PluginRegistrar;
import dev.sextant.app.api.SextantPlugin;
import dev.sextant.engine.EngineInfo;
import dev.sextant.engine.spi.PluginDescriptor;
import dev.sextant.engine.strategy.StrategyCatalog;

/**
 * The engine's own strategies as the bundled plugin {@value PluginHost#CORE_ID}. The engine still
 * lists them for {@link java.util.ServiceLoader} so that it runs headless (tests, benchmarks)
 * without the app; the workstation takes them from here like any plugin's.
 */
public final class BuiltInStrategiesPlugin implements SextantPlugin {

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(PluginHost.CORE_ID, "Built-in strategies", EngineInfo.build());
    }

    @Override
    public void register(PluginRegistrar registrar, PluginContext context) {
        StrategyCatalog.load(StrategyCatalog.class.getClassLoader()).list().forEach(registrar::strategy);
    }
}
