package dev.sextant.app.ui.chart.drawing;

import dev.sextant.engine.drawing.Drawing;
import java.util.List;
import javafx.scene.Group;
import javafx.scene.Node;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Line;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;

/**
 * The pane on the price pane's plot foreground (over the candles, under the pane's legend) that draws the drawings,
 * clipped to the plot area. It takes no
 * input (the chart panel's event filters do, see {@link DrawingTools}); each drawing is a group with id
 * {@code drawing-<key>} (a drawing being drawn: {@code drawing-new}), the selected one with its handles.
 */
final class DrawingLayer extends Pane {

    static final double HANDLE_RADIUS = 4.5;

    private final Runnable onLayout;
    private final Rectangle clip = new Rectangle();

    /** @param onLayout redraws the layer; run in each layout pass the layer takes part in */
    DrawingLayer(Runnable onLayout) {
        this.onLayout = onLayout;
        getStyleClass().add("drawing-layer");
        setMouseTransparent(true);
        setClip(clip);
    }

    @Override
    protected void layoutChildren() {
        onLayout.run();
    }

    /** Draws {@code figures} (one per drawing, same order) within {@code view}; {@code selected} shows its handles. */
    void show(List<Drawing> drawings, List<DrawingFigure> figures, long selected, PlotViewport view) {
        clip.setX(view.left());
        clip.setY(view.top());
        clip.setWidth(view.width());
        clip.setHeight(view.height());
        Node[] groups = new Node[drawings.size()];
        for (int i = 0; i < groups.length; i++) {
            Drawing d = drawings.get(i);
            groups[i] = group(d, figures.get(i), d.id() != Drawing.NEW && d.id() == selected);
        }
        getChildren().setAll(groups);
    }

    void clear() {
        getChildren().clear();
    }

    private static Group group(Drawing d, DrawingFigure f, boolean selected) {
        Color colour = Color.web(d.style().colour());
        Group g = new Group();
        g.setId(d.id() == Drawing.NEW ? "drawing-new" : "drawing-" + d.id());
        g.getStyleClass().addAll("drawing", "drawing-" + d.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
        if (f.box() != null) {
            Rectangle box = new Rectangle(f.box().x(), f.box().y(), f.box().width(), f.box().height());
            box.setFill(colour.deriveColor(0, 1, 1, 0.14));
            box.setStroke(null);
            g.getChildren().add(box);
        }
        for (DrawingFigure.Segment s : f.segments()) {
            Line line = new Line(s.x1(), s.y1(), s.x2(), s.y2());
            line.setStroke(colour);
            line.setStrokeWidth(s.dashed() ? Math.max(1, d.style().width() * 0.7) : d.style().width());
            if (s.dashed()) {
                line.getStrokeDashArray().setAll(5.0, 4.0);
            }
            line.getStyleClass().add("drawing-line");
            g.getChildren().add(line);
        }
        for (DrawingFigure.Label l : f.labels()) {
            Text text = new Text(l.x(), l.y(), l.text());
            text.setFill(colour);
            text.getStyleClass().add("drawing-text");
            g.getChildren().add(text);
        }
        if (selected) {
            for (DrawingFigure.Point h : f.handles()) {
                Circle handle = new Circle(h.x(), h.y(), HANDLE_RADIUS);
                handle.setFill(colour);
                handle.getStyleClass().add("drawing-handle");
                g.getChildren().add(handle);
            }
        }
        return g;
    }
}
