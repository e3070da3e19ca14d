package dev.sextant.engine.market;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a universe list: one symbol per line, optionally {@code symbol,from,to,sector} with ISO dates
 * (either may be empty: unknown or open) and the member's sector (may be empty: unknown). A header line starting with {@code symbol}, blank
 * lines and lines starting with {@code #} are ignored. A bad line rejects the whole list with
 * {@code <name>:<line>: <reason>}.
 */
public final class UniverseCsv {

    private UniverseCsv() {
    }

    public static List<UniverseMember> parse(String sourceName, String text) {
        List<UniverseMember> members = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        String[] lines = text.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#") || line.toLowerCase(Locale.ROOT).startsWith("symbol")) {
                continue;
            }
            String where = sourceName + ":" + (i + 1) + ": ";
            String[] fields = line.split(",", -1);
            if (fields.length > 4) {
                throw new IllegalArgumentException(where + "expected symbol[,from[,to[,sector]]] but found " + fields.length + " fields");
            }
            String symbol = fields[0].strip().toUpperCase(Locale.ROOT);
            if (symbol.isEmpty() || !symbol.matches("[A-Z0-9^][A-Z0-9.^=-]{0,31}")) {
                throw new IllegalArgumentException(where + "'" + fields[0].strip() + "' is not a symbol");
            }
            if (!seen.add(symbol)) {
                throw new IllegalArgumentException(where + symbol + " is listed twice (one membership period per symbol)");
            }
            LocalDate from = date(fields, 1, where);
            LocalDate to = date(fields, 2, where);
            if (from != null && to != null && to.isBefore(from)) {
                throw new IllegalArgumentException(where + symbol + ": 'to' " + to + " is before 'from' " + from);
            }
            String sector = fields.length > 3 && !fields[3].isBlank() ? fields[3].strip() : null;
            if (sector != null && sector.length() > 64) {
                throw new IllegalArgumentException(where + "sector '" + sector + "' is longer than 64 characters");
            }
            members.add(new UniverseMember(symbol, from, to, sector));
        }
        if (members.isEmpty()) {
            throw new IllegalArgumentException(sourceName + ":1: no symbols");
        }
        return members;
    }

    private static LocalDate date(String[] fields, int index, String where) {
        if (fields.length <= index || fields[index].isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(fields[index].strip());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(where + "cannot parse date '" + fields[index].strip() + "' (expected YYYY-MM-DD)");
        }
    }
}
