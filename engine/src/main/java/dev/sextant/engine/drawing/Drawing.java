package dev.sextant.engine.drawing;

import dev.sextant.engine.market.Timeframe;
import java.util.List;
import java.util.Objects;

/**
 * A drawing on a symbol's chart: its kind, its anchors in time and price (as many as the kind has), the timeframe it
 * was drawn on (a finer anchor time shown on coarser bars lands inside the bar that holds it), its style and, for a
 * text note, its text. {@code id} is the stored drawing's key, {@link #NEW} before it is stored.
 */
public record Drawing(long id, String symbol, DrawingKind kind, Timeframe drawnOn, List<Anchor> anchors,
                      DrawingStyle style, String text) {

    public static final long NEW = 0;
    public static final int MAX_TEXT = 500;

    public Drawing {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(drawnOn, "drawnOn");
        Objects.requireNonNull(style, "style");
        if (symbol == null || symbol.isBlank()) {
            throw new IllegalArgumentException("drawing symbol must not be blank, not '" + symbol + "'");
        }
        anchors = List.copyOf(anchors);
        if (anchors.size() != kind.anchors()) {
            throw new IllegalArgumentException(kind.label() + " needs " + kind.anchors() + " anchor(s), not " + anchors.size());
        }
        text = text == null ? "" : text;
        if (text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("drawing text must be at most " + MAX_TEXT + " characters, not " + text.length());
        }
    }

    /** A drawing not yet stored. */
    public static Drawing of(String symbol, DrawingKind kind, Timeframe drawnOn, List<Anchor> anchors, DrawingStyle style,
                             String text) {
        return new Drawing(NEW, symbol, kind, drawnOn, anchors, style, text);
    }

    public Anchor first() {
        return anchors.getFirst();
    }

    public Anchor last() {
        return anchors.getLast();
    }

    public Drawing withId(long newId) {
        return new Drawing(newId, symbol, kind, drawnOn, anchors, style, text);
    }

    public Drawing withAnchors(List<Anchor> moved, Timeframe on) {
        return new Drawing(id, symbol, kind, on, moved, style, text);
    }

    public Drawing withStyle(DrawingStyle newStyle, String newText) {
        return new Drawing(id, symbol, kind, drawnOn, anchors, newStyle, newText);
    }
}
