package dev.sextant.app.ui.chart;

import javafx.geometry.Bounds;
import javafx.scene.control.Label;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Line;

/**
 * A crosshair drawn over the stacked charts: a vertical line through every pane at the mouse, a
 * horizontal line in the pane under the mouse, and the value there next to that pane's scale.
 */
final class CrosshairOverlay extends Pane {

    private final Line vertical = new Line();
    private final Line horizontal = new Line();
    private final Label priceTag = new Label();

    CrosshairOverlay() {
        getStyleClass().add("crosshair");
        setMouseTransparent(true);
        setManaged(true);
        vertical.getStyleClass().add("crosshair-line");
        horizontal.getStyleClass().add("crosshair-line");
        priceTag.getStyleClass().add("crosshair-tag");
        getChildren().addAll(vertical, horizontal, priceTag);
        hide();
    }

    /** Shows the crosshair at local {@code (x, y)}; {@code plot} bounds the horizontal line, {@code price} labels it. */
    void show(double x, double y, Bounds plot, String price) {
        vertical.setStartX(x);
        vertical.setEndX(x);
        vertical.setStartY(0);
        vertical.setEndY(getHeight());
        vertical.setVisible(true);
        boolean inPrice = price != null;
        horizontal.setVisible(inPrice);
        priceTag.setVisible(inPrice);
        if (inPrice) {
            horizontal.setStartX(plot.getMinX());
            horizontal.setEndX(plot.getMaxX());
            horizontal.setStartY(y);
            horizontal.setEndY(y);
            priceTag.setText(price);
            priceTag.autosize();
            priceTag.relocate(plot.getMaxX() + 2, y - priceTag.getHeight() / 2);
        }
    }

    void hide() {
        vertical.setVisible(false);
        horizontal.setVisible(false);
        priceTag.setVisible(false);
    }
}
