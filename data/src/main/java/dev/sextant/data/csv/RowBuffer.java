package dev.sextant.data.csv;

import java.util.Arrays;

/**
 * The accepted rows of one file as growable primitive columns, in file order. Times are kept as
 * parsed (epoch day, second of day, offset) and turned into {@code PriceColumns} times later,
 * once the whole file shows whether it is daily or intraday.
 */
final class RowBuffer {

    int size;
    int[] symbol;
    int[] line;
    int[] epochDay;
    int[] secondOfDay;
    int[] offsetSeconds;
    double[] open;
    double[] high;
    double[] low;
    double[] close;
    double[] adjClose;
    double[] volume;

    RowBuffer(int capacity) {
        int c = Math.max(16, capacity);
        symbol = new int[c];
        line = new int[c];
        epochDay = new int[c];
        secondOfDay = new int[c];
        offsetSeconds = new int[c];
        open = new double[c];
        high = new double[c];
        low = new double[c];
        close = new double[c];
        adjClose = new double[c];
        volume = new double[c];
    }

    void add(int symbolIndex, int lineNumber, TimestampParser time,
             double o, double h, double l, double c, double adj, double v) {
        if (size == line.length) {
            grow();
        }
        symbol[size] = symbolIndex;
        line[size] = lineNumber;
        epochDay[size] = time.epochDay;
        secondOfDay[size] = time.secondOfDay;
        offsetSeconds[size] = time.offsetSeconds;
        open[size] = o;
        high[size] = h;
        low[size] = l;
        close[size] = c;
        adjClose[size] = adj;
        volume[size] = v;
        size++;
    }

    /** Whether rows {@code a} and {@code b} hold the same prices and volume. */
    boolean sameValues(int a, int b) {
        return open[a] == open[b] && high[a] == high[b] && low[a] == low[b] && close[a] == close[b]
                && adjClose[a] == adjClose[b] && volume[a] == volume[b];
    }

    private void grow() {
        int c = line.length * 2;
        symbol = Arrays.copyOf(symbol, c);
        line = Arrays.copyOf(line, c);
        epochDay = Arrays.copyOf(epochDay, c);
        secondOfDay = Arrays.copyOf(secondOfDay, c);
        offsetSeconds = Arrays.copyOf(offsetSeconds, c);
        open = Arrays.copyOf(open, c);
        high = Arrays.copyOf(high, c);
        low = Arrays.copyOf(low, c);
        close = Arrays.copyOf(close, c);
        adjClose = Arrays.copyOf(adjClose, c);
        volume = Arrays.copyOf(volume, c);
    }
}
