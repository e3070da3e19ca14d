package dev.sextant.app.research;

import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingRepository;
import java.util.List;

/**
 * The chart drawings of each symbol, headless: what the chart panel lists, adds, edits and deletes. Each edit is
 * one transaction of the repository; every call blocks on the database, so the UI calls it off its thread.
 */
public final class DrawingService {

    private final DrawingRepository drawings;

    public DrawingService(DrawingRepository drawings) {
        this.drawings = drawings;
    }

    /** The drawings on {@code symbol}'s chart, oldest first. */
    public List<Drawing> of(String symbol) {
        return drawings.list(symbol);
    }

    /** Stores a new drawing; returns it with its key. */
    public Drawing add(Drawing drawing) {
        return drawings.add(drawing);
    }

    /** Stores an edited drawing (moved anchors, style, text); returns it. */
    public Drawing save(Drawing drawing) {
        if (drawing.id() == Drawing.NEW) {
            throw new IllegalArgumentException("drawing on " + drawing.symbol() + " is not stored yet; add it first");
        }
        drawings.update(drawing);
        return drawing;
    }

    public void delete(Drawing drawing) {
        drawings.delete(drawing.id());
    }
}
