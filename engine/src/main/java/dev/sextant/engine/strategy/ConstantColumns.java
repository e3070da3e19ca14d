package dev.sextant.engine.strategy;

import dev.sextant.engine.cache.BoundedCache;
import java.util.Arrays;

/**
 * Read-only columns whose every element is one value (a trial's trailing-stop fraction, no time exit, no exit
 * signal), shared by every symbol and call that asks for the same value and length instead of one array each. An
 * optimizer trial asks for them once per symbol, and most symbols of a universe have spans of the same length, so a
 * trial allocates a few instead of one per symbol. {@link dev.sextant.engine.spi.SignalColumns} arrays are
 * read-only, which makes the sharing invisible.
 */
final class ConstantColumns {

    private static final long MAX_BYTES = 8L << 20;

    private record Key(char type, long bits, int length) {
    }

    private final BoundedCache<Key, Object> columns = new BoundedCache<>(MAX_BYTES, ConstantColumns::bytes);

    /** {@code length} copies of {@code value} (NaN included). */
    double[] doubles(double value, int length) {
        return (double[]) columns.get(new Key('D', Double.doubleToRawLongBits(value), length), k -> {
            double[] a = new double[length];
            Arrays.fill(a, value);
            return a;
        });
    }

    /** {@code length} copies of {@code value}. */
    int[] ints(int value, int length) {
        return (int[]) columns.get(new Key('I', value, length), k -> {
            int[] a = new int[length];
            Arrays.fill(a, value);
            return a;
        });
    }

    /** {@code length} times false. */
    boolean[] falses(int length) {
        return (boolean[]) columns.get(new Key('Z', 0, length), k -> new boolean[length]);
    }

    private static long bytes(Object column) {
        return 16 + switch (column) {
            case double[] d -> 8L * d.length;
            case int[] i -> 4L * i.length;
            case boolean[] z -> z.length;
            default -> throw new IllegalStateException("not a column: " + column);
        };
    }
}
