package dev.sextant.app.ui.chart.drawing;

import dev.sextant.app.ui.chart.drawing.DrawingFigure.Box;
import dev.sextant.app.ui.chart.drawing.DrawingFigure.Label;
import dev.sextant.app.ui.chart.drawing.DrawingFigure.Point;
import dev.sextant.app.ui.chart.drawing.DrawingFigure.Segment;
import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.BarTimeScale;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.FibonacciRetracement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lays a drawing out on screen: its anchors through the bars' time scale and the plot's viewport, then the kind's
 * lines. A horizontal line spans the plot, a vertical line its height; a trend line, a rectangle and the levels of a
 * Fibonacci retracement run from anchor to anchor and on to the plot's left or right edge when extended.
 */
public final class DrawingFigures {

    /** Width of a character of the layer's 12 px labels, for hit tests. */
    static final double CHAR_WIDTH = 7;
    static final double TEXT_HEIGHT = 14;

    private DrawingFigures() {
    }

    /** The screen point of {@code anchor} of a drawing drawn on {@code drawing.drawnOn()} bars. */
    public static Point point(Anchor anchor, Drawing drawing, PlotViewport view, BarTimeScale scale) {
        return new Point(view.x(scale.index(anchor.time(), drawing.drawnOn())), view.y(anchor.price()));
    }

    public static DrawingFigure of(Drawing d, PlotViewport view, BarTimeScale scale) {
        List<Point> handles = d.anchors().stream().map(a -> point(a, d, view, scale)).toList();
        List<Segment> segments = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        Box box = null;
        Point a = handles.getFirst();
        Point b = handles.getLast();
        boolean left = d.style().extendLeft();
        boolean right = d.style().extendRight();
        switch (d.kind()) {
            case TREND_LINE -> segments.add(extended(a, b, left, right, view));
            case HORIZONTAL_LINE -> {
                segments.add(new Segment(left || !right ? view.left() : a.x(), a.y(), right || !left ? view.right() : a.x(),
                        a.y(), false));
                labels.add(label(price(d.first().price()), view.left() + 4, above(a.y(), view)));
            }
            case VERTICAL_LINE -> segments.add(new Segment(a.x(), view.top(), a.x(), view.bottom(), false));
            case RECTANGLE -> {
                double x1 = left ? view.left() : Math.min(a.x(), b.x());
                double x2 = right ? view.right() : Math.max(a.x(), b.x());
                double y1 = Math.min(a.y(), b.y());
                double y2 = Math.max(a.y(), b.y());
                box = new Box(x1, y1, x2 - x1, y2 - y1);
                segments.add(new Segment(x1, y1, x2, y1, false));
                segments.add(new Segment(x2, y1, x2, y2, false));
                segments.add(new Segment(x2, y2, x1, y2, false));
                segments.add(new Segment(x1, y2, x1, y1, false));
            }
            case FIBONACCI -> {
                segments.add(new Segment(a.x(), a.y(), b.x(), b.y(), true));
                double x1 = left ? view.left() : Math.min(a.x(), b.x());
                double x2 = right ? view.right() : Math.max(a.x(), b.x());
                for (double level : FibonacciRetracement.LEVELS) {
                    double p = FibonacciRetracement.price(level, d.first().price(), d.last().price());
                    double y = view.y(p);
                    segments.add(new Segment(x1, y, x2, y, false));
                    labels.add(label(String.format(Locale.ROOT, "%.1f%%  %s", level * 100, price(p)), x1 + 3, above(y, view)));
                }
            }
            case TEXT_NOTE -> labels.add(label(d.text(), a.x() + 6, a.y() + 4));
        }
        return new DrawingFigure(List.copyOf(segments), box, List.copyOf(labels), handles);
    }

    /** Segment a..b, run on to the plot's left and/or right edge along its slope (a vertical one to the top and bottom). */
    static Segment extended(Point a, Point b, boolean left, boolean right, PlotViewport view) {
        Point l = a.x() <= b.x() ? a : b;
        Point r = l == a ? b : a;
        double dx = r.x() - l.x();
        if (dx == 0) {
            return left || right ? new Segment(a.x(), view.top(), a.x(), view.bottom(), false)
                    : new Segment(a.x(), a.y(), b.x(), b.y(), false);
        }
        double slope = (r.y() - l.y()) / dx;
        double x1 = left ? view.left() : l.x();
        double x2 = right ? view.right() : r.x();
        return new Segment(x1, l.y() + slope * (x1 - l.x()), x2, l.y() + slope * (x2 - l.x()), false);
    }

    /** The baseline of a line's label: just above the line, or just below it where the plot's top would cut it. */
    static double above(double y, PlotViewport view) {
        return y - 3 - TEXT_HEIGHT < view.top() ? y + TEXT_HEIGHT - 1 : y - 3;
    }

    private static Label label(String text, double x, double y) {
        return new Label(text, x, y, text.length() * CHAR_WIDTH, TEXT_HEIGHT);
    }

    static String price(double v) {
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%,.1f" : "%.2f", v);
    }
}
