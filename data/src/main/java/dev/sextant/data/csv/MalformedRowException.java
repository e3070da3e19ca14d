package dev.sextant.data.csv;

import dev.sextant.engine.market.imports.SkippedRow;

/**
 * Signals, inside the parser, that the current row (or header) is malformed. The parser turns it
 * into a {@link BadFileException} or a {@link SkippedRow} once it knows the line. It carries no
 * stack trace because it is expected input, not a programming error.
 */
final class MalformedRowException extends RuntimeException {

    MalformedRowException(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
