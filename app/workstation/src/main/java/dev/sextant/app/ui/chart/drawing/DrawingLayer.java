package dev.sextant.app.ui.chart.drawing;

import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
 * clipped to the plot area. It takes no input (the chart panel's event filters do, see {@link DrawingTools}); each
 * drawing is a group with id {@code drawing-<key>} (a drawing being drawn: {@code drawing-new}), the selected one
 * with its handles. A pan or zoom only moves the nodes of the drawings in view (it creates none), so redrawing many
 * drawings costs little more than the chart itself.
 */
final class DrawingLayer extends Pane {

    static final double HANDLE_RADIUS = 4.5;

    private final Runnable onLayout;
    private final Rectangle clip = new Rectangle();
    private final Map<Long, Shapes> shapes = new HashMap<>();

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
        List<Node> groups = new ArrayList<>(drawings.size());
        Map<Long, Shapes> kept = new HashMap<>();
        for (int i = 0; i < drawings.size(); i++) {
            Drawing d = drawings.get(i);
            Shapes s = shapes.get(d.id());
            if (s == null || s.drawing.kind() != d.kind()) {
                s = new Shapes(d);
            }
            s.show(d, figures.get(i), d.id() != Drawing.NEW && d.id() == selected, view);
            kept.put(d.id(), s);
            groups.add(s.group);
        }
        shapes.clear();
        shapes.putAll(kept);
        if (!getChildren().equals(groups)) {
            getChildren().setAll(groups);
        }
    }

    void clear() {
        shapes.clear();
        getChildren().clear();
    }

    /** The nodes of one drawing, reused from one redraw to the next. */
    private static final class Shapes {
        final Group group = new Group();
        final Rectangle box = new Rectangle();
        final List<Line> lines = new ArrayList<>();
        final List<Text> texts = new ArrayList<>();
        final List<Circle> handles = new ArrayList<>();
        Drawing drawing;

        Shapes(Drawing d) {
            this.drawing = d;
            group.getStyleClass().addAll("drawing", "drawing-" + d.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            box.setStroke(null);
        }

        void show(Drawing d, DrawingFigure f, boolean selected, PlotViewport view) {
            drawing = d;
            group.setId(d.id() == Drawing.NEW ? "drawing-new" : "drawing-" + d.id());
            boolean inView = f.intersects(view);
            group.setVisible(inView);
            if (!inView) {
                return;
            }
            DrawingStyle style = d.style();
            Color colour = Color.web(style.colour());
            List<Node> nodes = new ArrayList<>();
            if (f.box() != null) {
                box.setX(f.box().x());
                box.setY(f.box().y());
                box.setWidth(f.box().width());
                box.setHeight(f.box().height());
                box.setFill(colour.deriveColor(0, 1, 1, 0.14));
                nodes.add(box);
            }
            grow(lines, f.segments().size(), Line::new, "drawing-line");
            for (int k = 0; k < f.segments().size(); k++) {
                DrawingFigure.Segment s = f.segments().get(k);
                Line line = lines.get(k);
                line.setStartX(s.x1());
                line.setStartY(s.y1());
                line.setEndX(s.x2());
                line.setEndY(s.y2());
                line.setStroke(colour);
                line.setStrokeWidth(s.dashed() ? Math.max(1, style.width() * 0.7) : style.width());
                if (s.dashed() != !line.getStrokeDashArray().isEmpty()) {
                    if (s.dashed()) {
                        line.getStrokeDashArray().setAll(5.0, 4.0);
                    } else {
                        line.getStrokeDashArray().clear();
                    }
                }
                nodes.add(line);
            }
            grow(texts, f.labels().size(), Text::new, "drawing-text");
            for (int k = 0; k < f.labels().size(); k++) {
                DrawingFigure.Label l = f.labels().get(k);
                Text text = texts.get(k);
                text.setX(l.x());
                text.setY(l.y());
                if (!l.text().equals(text.getText())) {
                    text.setText(l.text());
                }
                text.setFill(colour);
                nodes.add(text);
            }
            if (selected) {
                grow(handles, f.handles().size(), Circle::new, "drawing-handle");
                for (int k = 0; k < f.handles().size(); k++) {
                    Circle c = handles.get(k);
                    c.setCenterX(f.handles().get(k).x());
                    c.setCenterY(f.handles().get(k).y());
                    c.setRadius(HANDLE_RADIUS);
                    c.setFill(colour);
                    nodes.add(c);
                }
            }
            if (!group.getChildren().equals(nodes)) {
                group.getChildren().setAll(nodes);
            }
        }

        private static <T extends javafx.scene.shape.Shape> void grow(List<T> nodes, int size,
                                                                       java.util.function.Supplier<T> make, String styleClass) {
            while (nodes.size() < size) {
                T node = make.get();
                node.getStyleClass().add(styleClass);
                nodes.add(node);
            }
        }
    }
}
