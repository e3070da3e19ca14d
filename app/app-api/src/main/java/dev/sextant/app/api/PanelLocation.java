package dev.sextant.app.api;

/** The area of the default layout a panel opens in. */
public enum PanelLocation {
    LEFT, CENTER, BOTTOM
}
