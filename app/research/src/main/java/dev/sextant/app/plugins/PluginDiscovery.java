package dev.sextant.app.plugins;

import dev.sextant.app.api.SextantPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Stream;

/**
 * Finds plugins: the bundled ones on the app's class path with {@link ServiceLoader}, and those of
 * one {@code *.jar} of the plugin folder in its own class loader ({@link PluginJarLoader}). Nothing
 * here registers a plugin.
 */
final class PluginDiscovery {

    record Result(List<LoadedPlugin> loaded, List<LoadFailure> failures) {
    }

    private final List<LoadedPlugin> loaded = new ArrayList<>();
    private final List<LoadFailure> failures = new ArrayList<>();

    /** The bundled plugins on the app's class path. */
    static Result bundled(ClassLoader appLoader) {
        PluginDiscovery d = new PluginDiscovery();
        d.bundledOn(appLoader);
        return d.result();
    }

    /** The plugins of one user jar: this runs the jar's code (class initialisation, constructors, descriptors). */
    static Result jar(Path jar, ClassLoader appLoader) {
        PluginDiscovery d = new PluginDiscovery();
        PluginJarLoader.load(jar, appLoader, d.loaded, d.failures);
        return d.result();
    }

    private Result result() {
        return new Result(List.copyOf(loaded), List.copyOf(failures));
    }

    private void bundledOn(ClassLoader appLoader) {
        List<ServiceLoader.Provider<SextantPlugin>> providers;
        try {
            providers = ServiceLoader.load(SextantPlugin.class, appLoader).stream().toList();
        } catch (ServiceConfigurationError e) {
            failures.add(new LoadFailure("bundled", Problems.describe(e)));
            return;
        }
        for (ServiceLoader.Provider<SextantPlugin> p : providers) {
            PluginInstances.create(p, "bundled", appLoader, loaded, failures);
        }
    }

    /** The {@code *.jar} files in the plugin folder, sorted by name. */
    static List<Path> jars(Path folder) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jar") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the plugin folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
