package dev.sextant.app.ui.live;

import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.Image;
import java.awt.SystemTray;
import java.awt.TrayIcon;
import java.awt.image.BufferedImage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The desktop's own notification, where there is one: a tray icon's message
 * ({@link TrayIcon#displayMessage}) when {@link SystemTray#isSupported()}. A headless JVM (the UI
 * tests, the screenshot mode on a server) and desktops without a system tray have none; then
 * {@link #available()} is false and {@link #show} does nothing, the in-app notification being enough.
 * The icon is added on the first message and stays until the workstation exits.
 */
public final class DesktopNotifier {

    private static final Logger LOG = LoggerFactory.getLogger(DesktopNotifier.class);

    private final boolean available;
    private TrayIcon icon;

    public DesktopNotifier() {
        this.available = !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
    }

    /** Whether this desktop shows tray messages. */
    public boolean available() {
        return available;
    }

    /** Shows {@code text} under {@code title} as a desktop notification, on the AWT thread; nothing when unavailable. */
    public void show(String title, String text) {
        if (!available) {
            return;
        }
        EventQueue.invokeLater(() -> {
            try {
                if (icon == null) {
                    icon = new TrayIcon(dot(), "Sextant");
                    icon.setImageAutoSize(true);
                    SystemTray.getSystemTray().add(icon);
                }
                icon.displayMessage(title, text, TrayIcon.MessageType.INFO);
            } catch (java.awt.AWTException | RuntimeException e) {
                // the tray refused the icon (a desktop without a running tray): the in-app notification was shown
                LOG.warn("Desktop notification not shown: {}", e.toString());
            }
        });
    }

    private static Image dot() {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_ARGB);
        var g = image.createGraphics();
        g.setColor(new java.awt.Color(0x38, 0x8b, 0xfd));
        g.fillOval(2, 2, 12, 12);
        g.dispose();
        return image;
    }
}
