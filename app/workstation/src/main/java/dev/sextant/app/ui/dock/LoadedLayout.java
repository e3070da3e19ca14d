package dev.sextant.app.ui.dock;

/** A layout read from disk, or the default one; {@code notice} says why the default was used (null when all went well). */
public record LoadedLayout(Layout layout, String notice) {
}
