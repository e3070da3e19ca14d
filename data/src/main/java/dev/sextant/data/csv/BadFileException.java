package dev.sextant.data.csv;

import java.io.IOException;

/**
 * A bar file that cannot be imported. The message is exactly {@code <file>:<line>: <reason>},
 * the line being 1-based with the header as line 1.
 */
public final class BadFileException extends IOException {

    private final String sourceName;
    private final int line;
    private final String reason;

    public BadFileException(String sourceName, int line, String reason) {
        super(sourceName + ":" + line + ": " + reason);
        this.sourceName = sourceName;
        this.line = line;
        this.reason = reason;
    }

    public String sourceName() {
        return sourceName;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
