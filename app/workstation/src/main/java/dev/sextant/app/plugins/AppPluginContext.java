package dev.sextant.app.plugins;

import dev.sextant.app.api.JobRunner;
import dev.sextant.app.api.PluginContext;
import dev.sextant.app.api.PluginDatabase;
import dev.sextant.app.api.PluginSettings;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.engine.spi.PluginDescriptor;
import javax.sql.DataSource;

/** The services of an open workstation, handed to one plugin. */
public final class AppPluginContext implements PluginContext {

    private final PluginDescriptor plugin;
    private final PluginSettings settings;
    private final PluginDatabase database;
    private final JobRunner jobs;

    public AppPluginContext(PluginDescriptor plugin, ClassLoader loader, SettingsRepository settings, DataSource dataSource,
                            JobRunner jobs) {
        this.plugin = plugin;
        this.settings = new NamespacedSettings(settings, plugin.id());
        this.database = new PluginSchema(dataSource, loader, plugin.id());
        this.jobs = jobs;
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
}
