package dev.sextant.app.ui.dock;

/** A panel group dragged out of the main window: where its window is on screen, its size, and its own tree. */
public record FloatingWindow(double x, double y, double width, double height, LayoutNode root) {

    public FloatingWindow {
        if (!(width > 0 && height > 0 && Double.isFinite(x) && Double.isFinite(y))) {
            throw new IllegalArgumentException("a floating window needs a finite position and a positive size, got "
                    + x + "," + y + " " + width + "x" + height);
        }
    }

    FloatingWindow withRoot(LayoutNode tree) {
        return new FloatingWindow(x, y, width, height, tree);
    }
}
