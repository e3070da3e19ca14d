package dev.sextant.app.plugins;

import dev.sextant.engine.spi.PluginDescriptor;

/**
 * One row of {@code ./sextant plugins list}. For a jar that could not be read, {@code id} is the
 * jar's file name and name, version and API are empty.
 */
public record PluginStatus(String id, String name, String version, String apiVersion, String source,
                           PluginState state, String problem) {

    static PluginStatus of(PluginDescriptor d, String source, PluginState state, String problem) {
        return new PluginStatus(d.id(), d.name(), d.version(), d.apiVersion(), source, state, problem);
    }

    static PluginStatus unloadable(LoadFailure failure) {
        return new PluginStatus(failure.source(), "", "", "", failure.source(), PluginState.FAILED, failure.problem());
    }

    /** A user jar that was not opened (new, disabled as a whole, skipped): named by its file. */
    static PluginStatus ofJar(String id, PluginJarFile jar, PluginState state, String problem) {
        return new PluginStatus(id, "", "", "", jar.fileName(), state, problem);
    }

    /** Whether {@code plugins enable|disable} can switch it: a plugin that described itself, or a jar that was not opened. */
    public boolean switchable() {
        return !name.isEmpty() || state == PluginState.NEW || state == PluginState.SKIPPED
                || (state == PluginState.DISABLED && source.equals(id));
    }

    PluginStatus with(PluginState newState, String newProblem) {
        return new PluginStatus(id, name, version, apiVersion, source, newState, newProblem);
    }
}
