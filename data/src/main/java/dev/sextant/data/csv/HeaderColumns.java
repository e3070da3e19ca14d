package dev.sextant.data.csv;

import java.util.List;
import java.util.Locale;

/**
 * Where each field of a bar file sits, found from the header by name, case-insensitively, in any
 * order. Names are compared after dropping {@code < > _ -} and spaces, so {@code Adj Close},
 * {@code adj_close}, {@code adjclose} and Stooq's {@code <CLOSE>} all match.
 *
 * <ul>
 *   <li>timestamp (required): the first present of {@code datetime}, {@code timestamp},
 *       {@code date}, {@code time};</li>
 *   <li>time of day (optional): {@code time} when the timestamp column is {@code date} (Stooq);</li>
 *   <li>{@code open}, {@code high}, {@code low}, {@code close} (required);</li>
 *   <li>{@code adj close} (optional; when absent adjusted close equals close);</li>
 *   <li>{@code volume} or {@code vol} (optional; when absent volume is 0);</li>
 *   <li>{@code symbol} or {@code ticker} (optional; when absent the symbol comes from the file name).</li>
 * </ul>
 * Other columns (Stooq's {@code PER} and {@code OPENINT}, dividends, ...) are ignored.
 * {@link #ABSENT} marks a missing optional column. {@code names} holds each column's display name
 * for messages: the header text lower-cased, without angle brackets.
 */
record HeaderColumns(int fieldCount, List<String> names, int timestamp, int timeOfDay, int symbol,
                     int open, int high, int low, int close, int adjClose, int volume) {

    static final int ABSENT = -1;
    private static final List<String> TIMESTAMP_NAMES = List.of("datetime", "timestamp", "date", "time");

    /** Reads the header's fields; throws when a required column is missing or a known one repeats. */
    static HeaderColumns of(List<String> header) {
        List<String> keys = header.stream().map(HeaderColumns::key).toList();
        List<String> names = header.stream()
                .map(h -> h.replace("<", "").replace(">", "").toLowerCase(Locale.ROOT))
                .toList();
        int timestamp = ABSENT;
        for (String candidate : TIMESTAMP_NAMES) {
            timestamp = find(keys, candidate);
            if (timestamp != ABSENT) {
                break;
            }
        }
        if (timestamp == ABSENT) {
            throw new MalformedRowException("missing date column (one of date, time, timestamp, datetime)");
        }
        int timeOfDay = keys.get(timestamp).equals("date") ? find(keys, "time") : ABSENT;
        int symbol = either(keys, "symbol", "ticker");
        int volume = either(keys, "volume", "vol");
        return new HeaderColumns(header.size(), names, timestamp, timeOfDay, symbol,
                required(keys, "open"), required(keys, "high"), required(keys, "low"),
                required(keys, "close"), find(keys, "adjclose"), volume);
    }

    private static String key(String headerField) {
        StringBuilder key = new StringBuilder(headerField.length());
        for (char c : headerField.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c != '<' && c != '>' && c != '_' && c != '-' && c != ' ') {
                key.append(c);
            }
        }
        return key.toString();
    }

    private static int required(List<String> keys, String key) {
        int index = find(keys, key);
        if (index == ABSENT) {
            throw new MalformedRowException("missing column '" + key + "'");
        }
        return index;
    }

    private static int either(List<String> keys, String first, String second) {
        int index = find(keys, first);
        if (index != ABSENT && find(keys, second) != ABSENT) {
            throw new MalformedRowException("both '" + first + "' and '" + second + "' columns present");
        }
        return index != ABSENT ? index : find(keys, second);
    }

    private static int find(List<String> keys, String key) {
        int index = keys.indexOf(key);
        if (index != ABSENT && keys.lastIndexOf(key) != index) {
            throw new MalformedRowException("duplicate column '" + key + "'");
        }
        return index;
    }

    String name(int column) {
        return names.get(column);
    }
}
