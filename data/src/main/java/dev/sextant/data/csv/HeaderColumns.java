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
 *       {@code date}, {@code time}, {@code window_start} (Polygon flat files), {@code ts_event}
 *       (Databento);</li>
 *   <li>time of day (optional): {@code time} when the timestamp column is {@code date} (Stooq);</li>
 *   <li>{@code open}, {@code high}, {@code low}, {@code close} (required);</li>
 *   <li>{@code adj close} (optional; when absent adjusted close equals close);</li>
 *   <li>{@code volume} or {@code vol} (optional; when absent volume is 0);</li>
 *   <li>{@code symbol} or {@code ticker} (optional; when absent the symbol comes from the file name).</li>
 * </ul>
 * Other columns (Stooq's {@code PER} and {@code OPENINT}, dividends, ...) are ignored.
 * A first line whose first field is a date or an epoch stamp is not a header but data in a
 * positional layout ({@link #positional}). {@link #ABSENT} marks a missing optional column. {@code names} holds each column's display name
 * for messages: the header text lower-cased, without angle brackets.
 */
record HeaderColumns(BarFileLayout layout, int fieldCount, List<String> names, int timestamp, int timeOfDay,
                     int symbol, int open, int high, int low, int close, int adjClose, int volume) {

    static final int ABSENT = -1;
    private static final List<String> TIMESTAMP_NAMES =
            List.of("datetime", "timestamp", "date", "time", "windowstart", "tsevent");

    /**
     * A file without a header: {@code datetime,open,high,low,close[,volume]} or, when the second
     * field is a time of day, {@code date,time,open,high,low,close[,volume]}.
     */
    static HeaderColumns positional(int fieldCount, boolean separateTime) {
        int first = separateTime ? 2 : 1;
        int prices = fieldCount - first;
        if (prices != 4 && prices != 5) {
            throw new MalformedRowException("no header, and " + fieldCount + " fields do not match a headerless layout"
                    + " (date[,time],open,high,low,close[,volume])");
        }
        List<String> names = new java.util.ArrayList<>(separateTime ? List.of("date", "time") : List.of("datetime"));
        names.addAll(List.of("open", "high", "low", "close", "volume").subList(0, prices));
        return new HeaderColumns(separateTime ? BarFileLayout.HEADERLESS_DATE_TIME : BarFileLayout.HEADERLESS_DATETIME,
                fieldCount, List.copyOf(names), 0, separateTime ? 1 : ABSENT, ABSENT, first, first + 1, first + 2,
                first + 3, ABSENT, prices == 5 ? first + 4 : ABSENT);
    }

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
        BarFileLayout layout = switch (keys.get(timestamp)) {
            case "windowstart" -> BarFileLayout.POLYGON_FLAT_FILE;
            case "tsevent" -> BarFileLayout.DATABENTO;
            default -> header.getFirst().startsWith("<") ? BarFileLayout.STOOQ : BarFileLayout.NAMED_COLUMNS;
        };
        return new HeaderColumns(layout, header.size(), names, timestamp, timeOfDay, symbol,
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
