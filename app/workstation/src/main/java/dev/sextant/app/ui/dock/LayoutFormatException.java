package dev.sextant.app.ui.dock;

/** A layout file that cannot be used, with the reason. */
public final class LayoutFormatException extends RuntimeException {
    public LayoutFormatException(String message) {
        super(message);
    }
}
