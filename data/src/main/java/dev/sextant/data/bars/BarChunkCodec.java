package dev.sextant.data.bars;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.zip.CRC32C;

/**
 * Packs a run of bars into one byte array: format byte, bar count, the first time and
 * then the time deltas as unsigned varints, then the open, high, low, close, adjusted close
 * and volume columns as raw little-endian doubles.
 */
final class BarChunkCodec {

    private static final byte FORMAT = 1;

    private BarChunkCodec() {
    }

    /** The bars of a chunk as columns. */
    record Chunk(long[] time, double[] open, double[] high, double[] low, double[] close,
                 double[] adjClose, double[] volume) {
        int size() {
            return time.length;
        }

        static Chunk allocate(int n) {
            return new Chunk(new long[n], new double[n], new double[n], new double[n], new double[n],
                    new double[n], new double[n]);
        }
    }

    static byte[] encode(Chunk c, int from, int to) {
        int n = to - from;
        int timeBytes = 0;
        for (int i = from + 1; i < to; i++) {
            timeBytes += varLongSize(c.time[i] - c.time[i - 1]);
        }
        byte[] out = new byte[1 + 4 + (n > 0 ? 8 : 0) + timeBytes + n * 6 * 8];
        ByteBuffer buf = ByteBuffer.wrap(out).order(ByteOrder.LITTLE_ENDIAN);
        buf.put(FORMAT).putInt(n);
        if (n > 0) {
            buf.putLong(c.time[from]);
            for (int i = from + 1; i < to; i++) {
                putVarLong(buf, c.time[i] - c.time[i - 1]);
            }
        }
        for (double[] column : new double[][] {c.open, c.high, c.low, c.close, c.adjClose, c.volume}) {
            for (int i = from; i < to; i++) {
                buf.putDouble(column[i]);
            }
        }
        return out;
    }

    /** Decodes a payload into {@code target} starting at index {@code at}; returns the bar count. */
    static int decodeInto(byte[] payload, Chunk target, int at) {
        ByteBuffer buf = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        byte format = buf.get();
        if (format != FORMAT) {
            throw new IllegalStateException("unknown bar chunk format " + format);
        }
        int n = buf.getInt();
        if (n > 0) {
            long t = buf.getLong();
            target.time[at] = t;
            for (int i = 1; i < n; i++) {
                t += getVarLong(buf);
                target.time[at + i] = t;
            }
        }
        for (double[] column : new double[][] {target.open, target.high, target.low, target.close,
                target.adjClose, target.volume}) {
            buf.asDoubleBuffer().get(column, at, n);
            buf.position(buf.position() + n * 8);
        }
        return n;
    }

    static int count(byte[] payload) {
        return ByteBuffer.wrap(payload, 1, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }

    static long checksum(byte[] payload) {
        CRC32C crc = new CRC32C();
        crc.update(payload);
        return crc.getValue();
    }

    private static void putVarLong(ByteBuffer buf, long v) {
        while ((v & ~0x7FL) != 0) {
            buf.put((byte) ((v & 0x7F) | 0x80));
            v >>>= 7;
        }
        buf.put((byte) v);
    }

    /** Bytes {@link #putVarLong} writes for {@code v}. */
    private static int varLongSize(long v) {
        int size = 1;
        while ((v & ~0x7FL) != 0) {
            size++;
            v >>>= 7;
        }
        return size;
    }

    private static long getVarLong(ByteBuffer buf) {
        long v = 0;
        int shift = 0;
        byte b;
        do {
            b = buf.get();
            v |= (long) (b & 0x7F) << shift;
            shift += 7;
        } while (b < 0);
        return v;
    }
}
