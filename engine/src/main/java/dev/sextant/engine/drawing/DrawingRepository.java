package dev.sextant.engine.drawing;

import java.util.List;

/** Port: the chart drawings of each symbol. Each call that writes is one transaction. */
public interface DrawingRepository {

    /** The drawings on {@code symbol}'s chart, oldest first. */
    List<Drawing> list(String symbol);

    /** Stores a new drawing and returns it with its key. */
    Drawing add(Drawing drawing);

    /** Replaces the stored drawing with {@code drawing}'s key; fails when there is none. */
    void update(Drawing drawing);

    /** Deletes the drawing with key {@code id}; fails when there is none. */
    void delete(long id);
}
