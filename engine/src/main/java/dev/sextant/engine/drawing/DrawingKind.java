package dev.sextant.engine.drawing;

/** What a chart drawing is, and how many (time, price) anchors define it. */
public enum DrawingKind {
    TREND_LINE("Trend line", 2),
    HORIZONTAL_LINE("Horizontal line", 1),
    VERTICAL_LINE("Vertical line", 1),
    RECTANGLE("Rectangle", 2),
    FIBONACCI("Fibonacci retracement", 2),
    TEXT_NOTE("Text note", 1);

    private final String label;
    private final int anchors;

    DrawingKind(String label, int anchors) {
        this.label = label;
        this.anchors = anchors;
    }

    public String label() {
        return label;
    }

    /** How many anchors a drawing of this kind has. */
    public int anchors() {
        return anchors;
    }
}
