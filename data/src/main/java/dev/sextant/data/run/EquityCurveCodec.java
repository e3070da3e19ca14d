package dev.sextant.data.run;

import dev.sextant.engine.backtest.EquityCurve;
import dev.sextant.engine.market.Timeframe;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Packs an {@link EquityCurve} into one blob (table {@code equity_curve}), format 1, little-endian:
 * format byte, timeframe code (length byte + ASCII), point count, a byte telling whether a
 * benchmark column follows, then the columns time (long), equity, [benchmark], drawdown, exposure
 * (doubles) and positions (int). Doubles are stored bit for bit, so a curve reloads exactly.
 */
final class EquityCurveCodec {

    private static final byte FORMAT = 1;

    private EquityCurveCodec() {
    }

    static byte[] encode(EquityCurve c) {
        byte[] tf = c.timeframe().code().getBytes(StandardCharsets.US_ASCII);
        int n = c.size();
        boolean hasBenchmark = c.benchmark() != null;
        int doubles = hasBenchmark ? 4 : 3;
        ByteBuffer b = ByteBuffer.allocate(1 + 1 + tf.length + 4 + 1 + n * (8 + 8 * doubles + 4))
                .order(ByteOrder.LITTLE_ENDIAN);
        b.put(FORMAT).put((byte) tf.length).put(tf).putInt(n).put((byte) (hasBenchmark ? 1 : 0));
        for (long t : c.time()) {
            b.putLong(t);
        }
        putAll(b, c.equity());
        if (hasBenchmark) {
            putAll(b, c.benchmark());
        }
        putAll(b, c.drawdown());
        putAll(b, c.exposure());
        for (int p : c.positions()) {
            b.putInt(p);
        }
        return b.array();
    }

    static EquityCurve decode(byte[] payload) {
        ByteBuffer b = ByteBuffer.wrap(payload).order(ByteOrder.LITTLE_ENDIAN);
        byte format = b.get();
        if (format != FORMAT) {
            throw new IllegalStateException("unknown equity curve format " + format);
        }
        byte[] tf = new byte[b.get()];
        b.get(tf);
        int n = b.getInt();
        boolean hasBenchmark = b.get() == 1;
        long[] time = new long[n];
        for (int i = 0; i < n; i++) {
            time[i] = b.getLong();
        }
        double[] equity = getAll(b, n);
        double[] benchmark = hasBenchmark ? getAll(b, n) : null;
        double[] drawdown = getAll(b, n);
        double[] exposure = getAll(b, n);
        int[] positions = new int[n];
        for (int i = 0; i < n; i++) {
            positions[i] = b.getInt();
        }
        return new EquityCurve(Timeframe.ofCode(new String(tf, StandardCharsets.US_ASCII)), time, equity, benchmark,
                drawdown, exposure, positions);
    }

    private static void putAll(ByteBuffer b, double[] values) {
        for (double v : values) {
            b.putDouble(v);
        }
    }

    private static double[] getAll(ByteBuffer b, int n) {
        double[] out = new double[n];
        for (int i = 0; i < n; i++) {
            out[i] = b.getDouble();
        }
        return out;
    }
}
