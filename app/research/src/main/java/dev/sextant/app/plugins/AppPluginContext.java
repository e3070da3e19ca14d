package dev.sextant.app.plugins;

import dev.sextant.app.api.JobRunner;
import dev.sextant.app.api.PluginContext;
import dev.sextant.app.api.PluginDatabase;
import dev.sextant.app.api.PluginSettings;
import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.spi.PluginDescriptor;
import dev.sextant.engine.spi.SignalOutbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;

/** The services of an open workstation, handed to one plugin. */
public final class AppPluginContext implements PluginContext {

    private final PluginDescriptor plugin;
    private final PluginSettings settings;
    private final PluginDatabase database;
    private final JobRunner jobs;
    private final SignalOutbox outbox;
    private final Path dataFolder;

    /** {@code pluginData} is the folder that holds one folder per plugin. */
    public AppPluginContext(PluginDescriptor plugin, ClassLoader loader, SettingsStore settings, DataSource dataSource,
                            JobRunner jobs, SignalOutbox outbox, Path pluginData) {
        this.plugin = plugin;
        this.settings = new NamespacedSettings(settings, plugin.id());
        this.database = new PluginSchema(dataSource, loader, plugin.id());
        this.jobs = jobs;
        this.outbox = outbox;
        this.dataFolder = pluginData.resolve(plugin.id());
    }

    @Override
    public PluginDescriptor plugin() {
        return plugin;
    }

    @Override
    public PluginSettings settings() {
        return settings;
    }

    @Override
    public PluginDatabase database() {
        return database;
    }

    @Override
    public JobRunner jobs() {
        return jobs;
    }

    @Override
    public SignalOutbox signalOutbox() {
        return outbox;
    }

    @Override
    public Path dataFolder() {
        try {
            return Files.createDirectories(dataFolder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create the plugin folder " + dataFolder, e);
        }
    }
}
