package dev.sextant.app.ui.chart;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.StreamedBar;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * Puts streamed one-minute bars into a shown one-minute series: a bar at a minute already there
 * replaces it (a correction), a new minute is inserted in time order (usually appended), and of two
 * arrivals for the same minute the later wins. Bars of other symbols are left out.
 */
final class StreamedSeries {

    private StreamedSeries() {
    }

    /** Whether streamed bars can go into {@code bars} as they are: one-minute bars only. */
    static boolean accepts(PriceColumns bars) {
        return bars.timeframe() == Timeframe.MINUTE_1;
    }

    /** {@code bars} with {@code arrivals} of its symbol merged in; the same instance when none is of its symbol. */
    static PriceColumns merge(PriceColumns bars, List<StreamedBar> arrivals) {
        if (!accepts(bars)) {
            throw new IllegalArgumentException(bars.symbol() + " " + bars.timeframe().code()
                    + ": streamed bars go into 1m series only");
        }
        TreeMap<Long, StreamedBar> incoming = new TreeMap<>();
        for (StreamedBar b : arrivals) {
            if (b.symbol().equals(bars.symbol())) {
                incoming.put(b.start().getEpochSecond(), b);
            }
        }
        if (incoming.isEmpty()) {
            return bars;
        }
        long[] time = bars.time();
        int added = (int) incoming.keySet().stream().filter(t -> Arrays.binarySearch(time, t) < 0).count();
        int n = bars.size() + added;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] a = new double[n];
        double[] v = new double[n];
        int i = 0;
        int k = 0;
        var next = incoming.pollFirstEntry();
        while (k < n) {
            boolean takeStreamed = next != null && (i >= bars.size() || next.getKey() <= time[i]);
            if (takeStreamed) {
                StreamedBar s = next.getValue();
                t[k] = next.getKey();
                o[k] = s.open();
                h[k] = s.high();
                l[k] = s.low();
                c[k] = s.close();
                a[k] = s.close();
                v[k] = s.volume();
                if (i < bars.size() && time[i] == next.getKey()) {
                    i++; // replaced
                }
                next = incoming.pollFirstEntry();
            } else {
                t[k] = time[i];
                o[k] = bars.open()[i];
                h[k] = bars.high()[i];
                l[k] = bars.low()[i];
                c[k] = bars.close()[i];
                a[k] = bars.adjClose()[i];
                v[k] = bars.volume()[i];
                i++;
            }
            k++;
        }
        return new PriceColumns(bars.symbol(), bars.timeframe(), t, o, h, l, c, a, v);
    }
}
