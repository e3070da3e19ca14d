package dev.sextant.cloud.sync;

import dev.sextant.cloud.sync.plugin.CloudSyncPlugin;

import dev.sextant.app.api.JobRunner;
import dev.sextant.app.api.PluginContext;
import dev.sextant.app.api.PluginDatabase;
import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.settings.SettingsRepository;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.spi.PluginDescriptor;
import dev.sextant.engine.spi.SignalOutbox;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The context the workstation hands the plugin, over a real home: settings and the signal outbox
 * in its H2 file, and the plugin folder under it. The plugin has no tables of its own.
 */
public final class DatabaseContext implements PluginContext {

    private final Database db;
    private final Path folder;

    public DatabaseContext(Database db, Path folder) {
        this.db = db;
        this.folder = folder;
    }

    @Override
    public PluginDescriptor plugin() {
        return new CloudSyncPlugin().descriptor();
    }

    @Override
    public DatabaseSettings settings() {
        return new DatabaseSettings(new SettingsRepository(db.dsl()));
    }

    @Override
    public PluginDatabase database() {
        throw new UnsupportedOperationException("cloud sync keeps no tables of its own");
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
    public SignalOutbox signalOutbox() {
        return new JooqSyncOutbox(db.dsl());
    }

    @Override
    public Path dataFolder() {
        try {
            return Files.createDirectories(folder);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
