package dev.sextant.engine.live;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.market.calendar.TradingSession;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Deterministic random-walk minute bars for tests: every minute of each NYSE session from {@code first} on, plus a
 * pre-market bar every third minute from 08:00 (left out of sessions and trading).
 */
final class MinuteMarket {

    private MinuteMarket() {
    }

    static PriceColumns series(String symbol, LocalDate first, int sessions, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        List<Long> t = new ArrayList<>();
        LocalDate d = first;
        int made = 0;
        while (made < sessions) {
            var s = ExchangeCalendars.NYSE.session(d);
            if (s.isPresent()) {
                TradingSession ts = s.get();
                for (long m = ts.open() - 90 * 60; m < ts.open(); m += 180) {
                    t.add(m);
                }
                for (long m = ts.open(); m < ts.close(); m += 60) {
                    t.add(m);
                }
                made++;
            }
            d = d.plusDays(1);
        }
        int n = t.size();
        long[] time = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        double price = 100 + r.nextDouble() * 50;
        for (int i = 0; i < n; i++) {
            time[i] = t.get(i);
            o[i] = round(price);
            double drift = (r.nextDouble() - 0.5) * 0.004 + Math.sin(i / 37.0) * 0.0008;
            price = price * (1 + drift);
            c[i] = round(price);
            h[i] = round(Math.max(o[i], c[i]) * (1 + r.nextDouble() * 0.001));
            l[i] = round(Math.min(o[i], c[i]) * (1 - r.nextDouble() * 0.001));
            v[i] = 100 + r.nextInt(5_000);
        }
        return new PriceColumns(symbol, Timeframe.MINUTE_1, time, o, h, l, c, c.clone(), v);
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }

    static StreamedBar bar(PriceColumns p, int i) {
        return new StreamedBar(p.symbol(), Instant.ofEpochSecond(p.time()[i]), p.open()[i], p.high()[i], p.low()[i],
                p.close()[i], p.volume()[i], false);
    }

    /** The bars of all series at or after {@code from}, minute by minute, symbols in order within a minute. */
    static List<StreamedBar> stream(List<PriceColumns> series, long from) {
        List<StreamedBar> out = new ArrayList<>();
        for (PriceColumns p : series) {
            for (int i = 0; i < p.size(); i++) {
                if (p.time()[i] >= from) {
                    out.add(bar(p, i));
                }
            }
        }
        out.sort(Comparator.comparing(StreamedBar::start).thenComparing(StreamedBar::symbol));
        return out;
    }

    /** The bars of {@code p} before {@code time}. */
    static PriceColumns before(PriceColumns p, long time) {
        int n = 0;
        while (n < p.size() && p.time()[n] < time) {
            n++;
        }
        return p.slice(0, n);
    }
}
