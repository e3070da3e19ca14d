package dev.sextant.data.csv;

import java.util.Arrays;

/**
 * Splits one line of a comma-separated file into field bounds, without copying bytes.
 *
 * <p>Spaces and tabs around a field are trimmed, and a field wrapped in double quotes loses
 * the quotes. Commas inside quotes and escaped quotes are not supported: bar files hold numbers,
 * dates and tickers only.
 */
final class FieldSplitter {

    private int[] starts = new int[16];
    private int[] ends = new int[16];
    private int count;

    /** Splits {@code data[from, to)}, a line without its line break; returns the number of fields. */
    int split(byte[] data, int from, int to) {
        count = 0;
        int start = from;
        for (int i = from; i < to; i++) {
            if (data[i] == ',') {
                add(data, start, i);
                start = i + 1;
            }
        }
        add(data, start, to);
        return count;
    }

    int count() {
        return count;
    }

    int start(int field) {
        return starts[field];
    }

    int end(int field) {
        return ends[field];
    }

    boolean isEmpty(int field) {
        return starts[field] == ends[field];
    }

    private void add(byte[] data, int from, int to) {
        while (from < to && isBlank(data[from])) {
            from++;
        }
        while (to > from && isBlank(data[to - 1])) {
            to--;
        }
        if (to - from >= 2 && data[from] == '"' && data[to - 1] == '"') {
            from++;
            to--;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = from;
        ends[count] = to;
        count++;
    }

    private static boolean isBlank(byte b) {
        return b == ' ' || b == '\t';
    }
}
