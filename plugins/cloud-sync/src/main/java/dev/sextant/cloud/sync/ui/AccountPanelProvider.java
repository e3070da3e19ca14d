package dev.sextant.cloud.sync.ui;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.api.PanelLocation;
import dev.sextant.app.api.PanelProvider;
import dev.sextant.cloud.sync.BackgroundSync;
import dev.sextant.cloud.sync.BrowserLauncher;
import dev.sextant.cloud.sync.CloudSync;
import java.time.ZoneId;
import javafx.application.Platform;
import javafx.scene.Node;

/** The Account panel ({@code account}); opening it starts the background sender (see {@link BackgroundSync}). */
public final class AccountPanelProvider implements PanelProvider {

    public static final String ID = "account";

    private final CloudSync sync;
    private final BackgroundSync background;

    public AccountPanelProvider(CloudSync sync, BackgroundSync background) {
        this.sync = sync;
        this.background = background;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String title() {
        return "Account";
    }

    @Override
    public PanelLocation defaultLocation() {
        return PanelLocation.BOTTOM;
    }

    @Override
    public Node create(PanelContext context) {
        AccountViewModel model = new AccountViewModel(sync, context.tasks(), BrowserLauncher::open, ZoneId.systemDefault());
        AccountPanel panel = new AccountPanel(model, sync.lastBaseUrl(), sync.lastUser());
        model.refresh();
        background.onOutcome(outcome -> Platform.runLater(model::refresh));
        return panel;
    }
}
