package dev.sextant.app.plugins;

import dev.sextant.app.api.SextantPlugin;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.jar.JarFile;

/**
 * Loads the plugins of one user jar in a class loader of its own whose parent is the app's loader,
 * so the plugin sees the API (and, being trusted code, the rest of the app) while its own classes
 * and libraries stay apart from other plugins'. Only providers whose class comes from the jar
 * itself count, not the bundled ones visible through the parent.
 */
final class PluginJarLoader {

    static final String SERVICE_FILE = "META-INF/services/" + SextantPlugin.class.getName();

    private PluginJarLoader() {
    }

    static void load(Path jar, ClassLoader parent, List<LoadedPlugin> loaded, List<LoadFailure> failures) {
        String source = jar.getFileName().toString();
        try (JarFile file = new JarFile(jar.toFile())) {
            if (file.getEntry(SERVICE_FILE) == null) {
                failures.add(new LoadFailure(source, "not a Sextant plugin: no " + SERVICE_FILE));
                return;
            }
        } catch (IOException e) {
            failures.add(new LoadFailure(source, "not a readable jar: " + Problems.describe(e)));
            return;
        }
        URLClassLoader loader = new URLClassLoader("plugin " + source, new URL[] {url(jar)}, parent);
        int before = loaded.size();
        try {
            List<ServiceLoader.Provider<SextantPlugin>> providers = ServiceLoader.load(SextantPlugin.class, loader)
                    .stream().filter(p -> p.type().getClassLoader() == loader).toList();
            if (providers.isEmpty()) {
                failures.add(new LoadFailure(source, SERVICE_FILE + " names no class of this jar"));
            }
            for (ServiceLoader.Provider<SextantPlugin> p : providers) {
                PluginInstances.create(p, source, loader, loaded, failures);
            }
        } catch (ServiceConfigurationError | LinkageError e) {
            failures.add(new LoadFailure(source, "cannot load: " + Problems.describe(e)));
        }
        if (loaded.size() == before) {
            close(loader);
        }
    }

    private static URL url(Path jar) {
        try {
            return jar.toUri().toURL();
        } catch (MalformedURLException e) {
            throw new IllegalArgumentException("bad plugin path " + jar, e);
        }
    }

    private static void close(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close the class loader of " + loader.getName(), e);
        }
    }
}
