package dev.sextant.app.api;

import dev.sextant.engine.spi.PluginDescriptor;

/** The workstation's services, as one plugin sees them. Valid while the workstation is open. */
public interface PluginContext {

    /** The plugin this context belongs to. */
    PluginDescriptor plugin();

    /** Settings private to this plugin. */
    PluginSettings settings();

    /** The plugin's own tables, in its own schema of the workstation database. */
    PluginDatabase database();

    /** Runs long work with progress and cancellation. */
    JobRunner jobs();
}
