package dev.sextant.plugin.testkit;

import dev.sextant.app.api.JobRunner;
import dev.sextant.app.api.PluginContext;
import dev.sextant.app.api.PluginDatabase;
import dev.sextant.app.api.PluginSettings;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.spi.PluginDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A plugin context for tests: settings in memory, the plugin's schema in a private in-memory H2
 * database (migrated by Flyway from {@code db/plugin/<id>/} as in the workstation), jobs run on
 * the calling thread, an in-memory signal outbox, and a temporary data folder.
 */
public final class TestPluginContext implements PluginContext {

    private final PluginDescriptor plugin;
    private final Map<String, String> settings = new TreeMap<>();
    private final InMemoryPluginDatabase database;
    private final InMemorySignalOutbox outbox = new InMemorySignalOutbox();
    private Path dataFolder;

    public TestPluginContext(PluginDescriptor plugin) {
        this.plugin = plugin;
        this.database = new InMemoryPluginDatabase(plugin.id());
    }

    @Override
    public PluginDescriptor plugin() {
        return plugin;
    }

    /** The settings as stored, by their name inside the plugin's namespace. */
    public Map<String, String> storedSettings() {
        return settings;
    }

    @Override
    public PluginSettings settings() {
        return new PluginSettings() {
            @Override
            public Optional<String> get(String name) {
                return Optional.ofNullable(settings.get(name));
            }

            @Override
            public void set(String name, String value) {
                settings.put(name, value);
            }
        };
    }

    @Override
    public PluginDatabase database() {
        return database;
    }

    @Override
    public JobRunner jobs() {
        return new JobRunner() {
            @Override
            public <T> T run(String title, Job<T> job) {
                return job.run(ProgressSink.NONE, Cancellation.NEVER);
            }
        };
    }

    @Override
    public InMemorySignalOutbox signalOutbox() {
        return outbox;
    }

    @Override
    public synchronized Path dataFolder() {
        if (dataFolder == null) {
            try {
                dataFolder = Files.createTempDirectory("plugin-" + plugin.id());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return dataFolder;
    }
}
