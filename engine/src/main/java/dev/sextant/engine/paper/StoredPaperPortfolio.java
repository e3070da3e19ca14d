package dev.sextant.engine.paper;

import java.time.Instant;

/** A saved paper portfolio with its current state; {@code updatedAt} is null before the first update. */
public record StoredPaperPortfolio(long id, PaperPortfolio portfolio, PaperState state, Instant createdAt,
        Instant updatedAt) {
}
