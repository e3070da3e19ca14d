package dev.sextant.app.ui.chart.drawing;

/**
 * The price pane's plot area on screen and what it shows: bar-index range {@code [xFrom, xTo]} across
 * {@code [left, left + width]} and prices {@code [yMin, yMax]} from the bottom {@code top + height} up to
 * {@code top}, linearly or, on a log scale, in proportion to the logarithm. Pure maths, no nodes.
 */
public record PlotViewport(double xFrom, double xTo, double yMin, double yMax, boolean log, double left, double top,
                           double width, double height) {

    public PlotViewport {
        if (!(xTo > xFrom) || !(yMax > yMin) || !(width > 0) || !(height > 0) || log && !(yMin > 0)) {
            throw new IllegalArgumentException(String.format(java.util.Locale.ROOT,
                    "empty or invalid plot: x %s..%s, price %s..%s%s, %sx%s px", xFrom, xTo, yMin, yMax,
                    log ? " (log)" : "", width, height));
        }
    }

    public double right() {
        return left + width;
    }

    public double bottom() {
        return top + height;
    }

    /** The screen x of bar index {@code index}. */
    public double x(double index) {
        return left + (index - xFrom) / (xTo - xFrom) * width;
    }

    /** The bar index at screen x {@code px}. */
    public double index(double px) {
        return xFrom + (px - left) / width * (xTo - xFrom);
    }

    /** The screen y of {@code price}; a non-positive price on a log scale lies below the plot. */
    public double y(double price) {
        if (log) {
            return price <= 0 ? Double.POSITIVE_INFINITY : top + Math.log(yMax / price) / Math.log(yMax / yMin) * height;
        }
        return top + (yMax - price) / (yMax - yMin) * height;
    }

    /** The price at screen y {@code py}. */
    public double price(double py) {
        double share = (py - top) / height;
        return log ? yMax * Math.pow(yMin / yMax, share) : yMax - share * (yMax - yMin);
    }

    /** Whether screen point {@code (px, py)} is inside the plot. */
    public boolean contains(double px, double py) {
        return px >= left && px <= right() && py >= top && py <= bottom();
    }
}
