package dev.sextant.cloud.sync;

import java.awt.Desktop;
import java.io.IOException;
import java.net.URI;

/** Opens a URL in the user's browser when the desktop supports it. */
public final class BrowserLauncher {

    private BrowserLauncher() {
    }

    /** Opens {@code url}; false when there is no desktop browser to open it in (the caller shows the URL instead). */
    public static boolean open(String url) throws IOException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.BROWSE)) {
            return false;
        }
        Desktop.getDesktop().browse(URI.create(url));
        return true;
    }
}
