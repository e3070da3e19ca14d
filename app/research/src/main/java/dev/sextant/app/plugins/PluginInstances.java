package dev.sextant.app.plugins;

import dev.sextant.app.api.SextantPlugin;
import dev.sextant.engine.spi.PluginDescriptor;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/** Constructs one plugin found by {@link ServiceLoader} and reads its descriptor, recording a failure instead when either throws. */
final class PluginInstances {

    private PluginInstances() {
    }

    static void create(ServiceLoader.Provider<SextantPlugin> provider, String source, ClassLoader loader,
                       List<LoadedPlugin> loaded, List<LoadFailure> failures) {
        String name = source + " " + provider.type().getName();
        try {
            SextantPlugin plugin = provider.get();
            PluginDescriptor descriptor = plugin.descriptor();
            if (descriptor == null) {
                failures.add(new LoadFailure(name, "descriptor() returned null"));
                return;
            }
            loaded.add(new LoadedPlugin(plugin, descriptor, source, loader));
        } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
            failures.add(new LoadFailure(name, "cannot load: " + Problems.describe(e)));
        }
    }
}
