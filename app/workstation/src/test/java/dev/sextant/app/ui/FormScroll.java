package dev.sextant.app.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** For UI tests: brings the end of a scrolled panel form into view. */
final class FormScroll {

    private FormScroll() {
    }

    /** Scrolls the scroll pane holding {@code node} to its end (where the panels keep their saved runs). */
    static void toBottom(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                scroll.setVvalue(scroll.getVmax());
                return;
            }
        }
        throw new AssertionError("no scroll pane around " + node.getId());
    }
}
