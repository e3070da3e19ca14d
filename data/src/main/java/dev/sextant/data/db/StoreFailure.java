package dev.sextant.data.db;

import java.sql.SQLException;

/** A short reason in plain words for why H2 could not open or read a database file (no stack text). */
final class StoreFailure {

    private static final int MAX_LENGTH = 160;

    private StoreFailure() {
    }

    /** The reason of a failure to open or read the file, from the first {@link SQLException} in the chain. */
    static String reason(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return switch (sql.getErrorCode()) {
                    case 90030 -> "it is corrupted (H2 found a damaged record)";
                    case 90028 -> "it cannot be read (H2: input/output error)";
                    case 90097 -> "it is truncated or incomplete (H2 would have to rewrite it to open it)";
                    case 90020 -> "another program has it open";
                    default -> "H2 error " + sql.getErrorCode() + ": " + firstLine(sql.getMessage());
                };
            }
        }
        return firstLine(failure.getMessage());
    }

    /** The first line of a message, at most {@value #MAX_LENGTH} characters. */
    static String firstLine(String message) {
        if (message == null || message.isBlank()) {
            return "no details";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.length() <= MAX_LENGTH ? line : line.substring(0, MAX_LENGTH) + "...";
    }
}
