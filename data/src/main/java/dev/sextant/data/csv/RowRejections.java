package dev.sextant.data.csv;

import dev.sextant.engine.market.imports.SkippedRow;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Decides what a malformed row does: reject the whole file, or be skipped and listed. */
final class RowRejections {

    private final String sourceName;
    private final boolean skipBadRows;
    private final List<SkippedRow> skipped = new ArrayList<>();

    RowRejections(String sourceName, boolean skipBadRows) {
        this.sourceName = sourceName;
        this.skipBadRows = skipBadRows;
    }

    /** Throws when rows may not be skipped; otherwise records the row as skipped. */
    void reject(int line, String reason) throws BadFileException {
        if (!skipBadRows) {
            throw new BadFileException(sourceName, line, reason);
        }
        skipped.add(new SkippedRow(line, reason));
    }

    /** Rejects the whole file whatever the options say (header problems, empty file, ...). */
    BadFileException fileError(int line, String reason) {
        return new BadFileException(sourceName, line, reason);
    }

    List<SkippedRow> skippedByLine() {
        return skipped.stream().sorted(Comparator.comparingInt(SkippedRow::line)).toList();
    }
}
