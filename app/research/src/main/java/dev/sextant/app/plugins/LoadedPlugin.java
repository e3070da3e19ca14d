package dev.sextant.app.plugins;

import dev.sextant.app.api.SextantPlugin;
import dev.sextant.engine.spi.PluginDescriptor;

/**
 * A plugin object that was constructed and described itself, not yet registered.
 *
 * @param source where it came from: {@code bundled} or the jar's file name
 * @param loader the class loader of its classes (the app's for bundled plugins, its own for jars)
 */
record LoadedPlugin(SextantPlugin plugin, PluginDescriptor descriptor, String source, ClassLoader loader) {
}
