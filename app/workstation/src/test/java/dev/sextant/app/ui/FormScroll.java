package dev.sextant.app.ui;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;

/** For UI tests: brings parts of a scrolled panel form into view. */
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

    /** Scrolls the scroll pane holding {@code node} so that the node's top is in view. */
    static void toShow(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof ScrollPane scroll) {
                double contentHeight = scroll.getContent().getBoundsInLocal().getHeight();
                double viewport = scroll.getViewportBounds().getHeight();
                double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
                scroll.setVvalue(contentHeight <= viewport ? 0 : Math.min(1, y / (contentHeight - viewport)) * scroll.getVmax());
                return;
            }
        }
        throw new AssertionError("no scroll pane around " + node.getId());
    }
}
