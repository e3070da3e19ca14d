package dev.sextant.app.ui.dock;

import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.layout.StackPane;

/**
 * A panel's place in its dock tab: the panel is created the first time the tab is shown or the
 * panel is asked for, so tabs in the background cost nothing at start.
 */
final class PanelHolder extends StackPane {

    private final Supplier<Node> create;
    private Node panel;

    PanelHolder(Supplier<Node> create) {
        this.create = create;
        sceneProperty().addListener((obs, old, scene) -> {
            if (scene != null) {
                panel();
            }
        });
    }

    Node panel() {
        if (panel == null) {
            panel = create.get();
            getChildren().add(panel);
        }
        return panel;
    }
}
