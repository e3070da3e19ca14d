package dev.sextant.cloud.sync.plugin;

import dev.sextant.app.api.CommandProvider;
import dev.sextant.app.api.PluginContext;
import dev.sextant.app.api.PluginRegistrar;
import dev.sextant.app.api.SextantPlugin;
import dev.sextant.cloud.sync.BackgroundSync;
import dev.sextant.cloud.sync.CloudSync;
import dev.sextant.cloud.sync.SyncOptions;
import dev.sextant.cloud.sync.cli.SyncCommand;
import dev.sextant.cloud.sync.outbox.Pause;
import dev.sextant.cloud.sync.token.TokenStores;
import dev.sextant.cloud.sync.ui.AccountPanelProvider;
import dev.sextant.engine.spi.PluginDescriptor;
import java.time.Clock;

/**
 * The bundled cloud-sync plugin: the {@code sync} command, the Account panel, and a signal sink
 * that wakes the background sender after each scan. Sync stays off (nothing is queued, nothing is
 * sent) until the user signs in.
 */
public final class CloudSyncPlugin implements SextantPlugin {

    public static final String ID = CloudSync.PLUGIN_ID;

    @Override
    public PluginDescriptor descriptor() {
        return PluginDescriptor.of(ID, "Cloud sync (hosted account)", "1.0.0");
    }

    @Override
    public void register(PluginRegistrar registrar, PluginContext context) {
        CloudSync sync = new CloudSync(context.settings(), context.signalOutbox(),
                base -> TokenStores.choose(context.dataFolder().resolve("refresh-token"), "sextant " + base, System.getenv()),
                SyncOptions.defaults(), Pause.SLEEP, Clock.systemUTC());
        BackgroundSync background = new BackgroundSync(sync);
        registrar.command(new CommandProvider() {
            @Override
            public String name() {
                return SyncCommand.NAME;
            }

            @Override
            public Object newCommand() {
                return new SyncCommand(sync);
            }
        });
        registrar.signalSink(background);
        registrar.panel(new AccountPanelProvider(sync, background));
    }
}
