package dev.sextant.app.plugins;

import dev.sextant.engine.cluster.PluginStrategy;
import dev.sextant.engine.spi.StrategyProvider;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;

/**
 * The plugins' strategies a cluster can run: those whose class comes from a plugin jar and has a public no-argument
 * constructor, so that an executor can create it from the shipped jar. A strategy a plugin configures through its
 * constructor stays on this machine (the cluster refuses it by name).
 */
public final class PluginStrategies {

    private PluginStrategies() {
    }

    /** The shippable plugin strategies of {@code catalog}, by id. */
    public static List<PluginStrategy> shippable(StrategyCatalog catalog) {
        List<PluginStrategy> out = new ArrayList<>();
        for (StrategyProvider p : catalog.list()) {
            if (p instanceof GuardedStrategy guarded && creatable(guarded.delegate.getClass())) {
                jarOf(guarded.delegate.getClass())
                        .ifPresent(jar -> out.add(new PluginStrategy(p.id(), guarded.delegate.getClass().getName(), jar)));
            }
        }
        return List.copyOf(out);
    }

    private static boolean creatable(Class<?> type) {
        if (!Modifier.isPublic(type.getModifiers())) {
            return false;
        }
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    /** The URI of the jar file {@code type} was loaded from; empty for a class folder (a plugin under development). */
    private static java.util.Optional<String> jarOf(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null) {
            return java.util.Optional.empty();
        }
        try {
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) ? java.util.Optional.of(path.toUri().toString()) : java.util.Optional.empty();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("code source " + source.getLocation() + " of " + type.getName() + " is no path", e);
        }
    }
}
