package dev.sextant.engine.cluster;

import java.io.Serializable;
import java.util.Objects;

/**
 * A plugin's strategy as a cluster receives it: the jar that holds it, shipped to every executor, and its class,
 * which an executor creates through the class's public no-argument constructor.
 *
 * @param id        the strategy's id, as requests name it
 * @param className the binary name of the {@link dev.sextant.engine.spi.StrategyProvider} implementation
 * @param jar       the plugin jar's URI ({@code file:…}, or a location the cluster can read)
 */
public record PluginStrategy(String id, String className, String jar) implements Serializable {

    public PluginStrategy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(className, "className");
        Objects.requireNonNull(jar, "jar");
    }
}
