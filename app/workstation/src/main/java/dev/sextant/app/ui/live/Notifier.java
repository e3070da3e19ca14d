package dev.sextant.app.ui.live;

import dev.sextant.app.ui.shell.Notices;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Tells the user about an {@link CrossAlerts.Alert}: a notification in the workstation's window
 * (bottom right, ControlsFX), a line in the notices of the status bar, and the desktop's own
 * notification where there is one ({@link DesktopNotifier}). Callable from any thread.
 */
public final class Notifier {

    /** How long the in-app notification stays. */
    static final Duration SHOWN = Duration.seconds(8);

    private final Supplier<Window> owner;
    private final Notices notices;
    private final DesktopNotifier desktop;

    /** @param owner the window the in-app notification shows in (none shown while it has none) */
    public Notifier(Supplier<Window> owner, Notices notices, DesktopNotifier desktop) {
        this.owner = owner;
        this.notices = notices;
        this.desktop = desktop;
    }

    public void notify(CrossAlerts.Alert alert) {
        desktop.show(alert.title(), alert.text());
        Platform.runLater(() -> {
            notices.add(alert.text());
            Window window = owner.get();
            if (window != null && window.isShowing()) {
                Notifications.create().owner(window).title(alert.title()).text(alert.text()).position(Pos.BOTTOM_RIGHT)
                        .hideAfter(SHOWN).styleClass("cross-notification").show();
            }
        });
    }

    /** Whether the desktop's notifications are shown too. */
    public boolean desktopAvailable() {
        return desktop.available();
    }
}
