package dev.sextant.app.plugins;

import java.util.HashSet;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What happens when an active plugin throws while it runs: the failure is logged, the plugin is
 * disabled in the settings (so the next start leaves it out until {@code plugins enable ID}), its
 * status shows the problem, and the caller gets a {@link PluginFailureException} naming the plugin.
 * Thread-safe: signals are computed on several threads at once.
 */
public final class PluginFailures {

    private static final Logger LOG = LoggerFactory.getLogger(PluginFailures.class);

    /** Gets the news that a plugin was disabled, to update its status. */
    interface Listener {
        void disabled(String pluginId, String problem);
    }

    private final PluginStateStore store;
    private final Listener listener;
    private final Set<String> alreadyDisabled = new HashSet<>();

    PluginFailures(PluginStateStore store, Listener listener) {
        this.store = store;
        this.listener = listener;
    }

    /**
     * Records that {@code pluginId} failed doing {@code what} and returns the exception to throw.
     *
     * @param what e.g. {@code strategy 'donchian-breakout' on AAA}
     */
    public synchronized PluginFailureException failed(String pluginId, String what, Throwable cause) {
        String problem = "failed in " + what + ": " + Problems.describe(cause);
        if (alreadyDisabled.add(pluginId)) {
            LOG.warn("plugin {} {}; it is disabled now (./sextant plugins enable {} turns it back on)", pluginId, problem,
                    pluginId);
            store.disableAfterFailure(pluginId, problem);
            listener.disabled(pluginId, problem);
        }
        return new PluginFailureException(pluginId, "plugin '" + pluginId + "' " + problem
                + "; the plugin is disabled now (./sextant plugins enable " + pluginId + " turns it back on)", cause);
    }
}
