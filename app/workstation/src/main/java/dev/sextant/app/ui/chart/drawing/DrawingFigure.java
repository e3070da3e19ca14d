package dev.sextant.app.ui.chart.drawing;

import java.util.List;

/**
 * What one drawing looks like on screen for the current view: line segments (solid or dashed), an optional filled
 * box, text labels, and its handles (one per anchor, in anchor order). Screen coordinates of the drawing layer.
 */
public record DrawingFigure(List<Segment> segments, Box box, List<Label> labels, List<Point> handles) {

    public record Point(double x, double y) {
        double distance(double px, double py) {
            return Math.hypot(px - x, py - y);
        }
    }

    public record Segment(double x1, double y1, double x2, double y2, boolean dashed) {

        /** The distance from {@code (px, py)} to this segment. */
        double distance(double px, double py) {
            double dx = x2 - x1;
            double dy = y2 - y1;
            double len2 = dx * dx + dy * dy;
            double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - x1) * dx + (py - y1) * dy) / len2));
            return Math.hypot(px - (x1 + t * dx), py - (y1 + t * dy));
        }
    }

    /** A filled rectangle, {@code (x, y)} its top left corner. */
    public record Box(double x, double y, double width, double height) {
        boolean contains(double px, double py) {
            return px >= x && px <= x + width && py >= y && py <= y + height;
        }
    }

    /** Text whose baseline starts at {@code (x, y)}; {@code width} and {@code height} bound it for hit tests. */
    public record Label(String text, double x, double y, double width, double height) {
        boolean contains(double px, double py) {
            return px >= x - 2 && px <= x + width + 2 && py >= y - height && py <= y + 4;
        }
    }

    /** How far {@code (px, py)} is from the drawing: 0 inside its box or a label, else the nearest line's distance. */
    public double distance(double px, double py) {
        if (box != null && box.contains(px, py)) {
            return 0;
        }
        double best = Double.POSITIVE_INFINITY;
        for (Label l : labels) {
            if (l.contains(px, py)) {
                return 0;
            }
        }
        for (Segment s : segments) {
            best = Math.min(best, s.distance(px, py));
        }
        for (Point h : handles) {
            best = Math.min(best, h.distance(px, py));
        }
        return best;
    }

    /** Whether any part of the drawing falls inside {@code view}'s plot (its bounding box meets the plot's). */
    public boolean intersects(PlotViewport view) {
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Segment s : segments) {
            minX = Math.min(minX, Math.min(s.x1(), s.x2()));
            maxX = Math.max(maxX, Math.max(s.x1(), s.x2()));
            minY = Math.min(minY, Math.min(s.y1(), s.y2()));
            maxY = Math.max(maxY, Math.max(s.y1(), s.y2()));
        }
        for (Label l : labels) {
            minX = Math.min(minX, l.x());
            maxX = Math.max(maxX, l.x() + l.width());
            minY = Math.min(minY, l.y() - l.height());
            maxY = Math.max(maxY, l.y());
        }
        if (box != null) {
            minX = Math.min(minX, box.x());
            maxX = Math.max(maxX, box.x() + box.width());
            minY = Math.min(minY, box.y());
            maxY = Math.max(maxY, box.y() + box.height());
        }
        return maxX >= view.left() && minX <= view.right() && maxY >= view.top() && minY <= view.bottom();
    }

    /** The handle within {@code radius} of {@code (px, py)} (the nearest), or -1. */
    public int handleAt(double px, double py, double radius) {
        int found = -1;
        double best = radius;
        for (int k = 0; k < handles.size(); k++) {
            double d = handles.get(k).distance(px, py);
            if (d <= best) {
                best = d;
                found = k;
            }
        }
        return found;
    }
}
