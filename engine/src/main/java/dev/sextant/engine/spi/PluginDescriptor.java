package dev.sextant.engine.spi;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who a plugin is: a stable {@code id} (lower-case letters, digits and '-', used in settings and
 * on the command line), a display {@code name}, the plugin's own {@code version}, and the
 * {@code apiVersion} of {@link SextantApi} it was built against ({@code MAJOR.MINOR}).
 */
public record PluginDescriptor(String id, String name, String version, String apiVersion) {

    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{0,47}");

    public PluginDescriptor {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("plugin id '" + id + "' must be 1-48 lower-case letters, digits or '-'");
        }
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("plugin " + id + " has no name");
        }
        if (version == null || version.isBlank()) {
            throw new IllegalArgumentException("plugin " + id + " has no version");
        }
        SextantApi.parse(apiVersion);
    }

    /** A descriptor for a plugin built against the API of this workstation. */
    public static PluginDescriptor of(String id, String name, String version) {
        return new PluginDescriptor(id, name, version, SextantApi.VERSION);
    }
}
