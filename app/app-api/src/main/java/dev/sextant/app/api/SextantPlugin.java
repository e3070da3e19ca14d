package dev.sextant.app.api;

import dev.sextant.engine.spi.PluginDescriptor;

/**
 * The entry point of a plugin. List the implementing class in
 * {@code META-INF/services/dev.sextant.app.api.SextantPlugin} of the plugin jar; it needs a public
 * no-argument constructor that does no work (the workstation constructs every plugin it finds to
 * read its {@link #descriptor()}, also disabled ones).
 *
 * <p>The workstation calls {@link #register} once per start when the plugin is enabled and its
 * API version is supported (see {@link dev.sextant.engine.spi.SextantApi}). A plugin that throws
 * there contributes nothing and is reported and disabled.
 */
public interface SextantPlugin {

    PluginDescriptor descriptor();

    /** Hands the plugin's strategies, indicators, data providers, signal sinks, commands and panels to {@code registrar}. */
    void register(PluginRegistrar registrar, PluginContext context);
}
