package dev.sextant.app.api;

import dev.sextant.engine.spi.PluginDescriptor;
import dev.sextant.engine.spi.SignalOutbox;
import java.nio.file.Path;

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

    /** The queue of saved signals for delivery to a hosted account (since API 1.1). */
    SignalOutbox signalOutbox();

    /**
     * A folder of the plugin's own under the workstation home, for files that do not belong in the
     * database (since API 1.1); created on first call.
     */
    Path dataFolder();
}
