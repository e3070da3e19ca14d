package dev.sextant.engine.live;

import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns the arrivals of a stream (late, repeated, corrected, out of order) into each symbol's final minutes in time
 * order. A minute is final once a later minute of the same symbol has arrived, or once {@link #finalizeDue} is told
 * that its end plus the lag has passed. Until then a bar with the same symbol and start replaces it (a correction);
 * an identical bar is a duplicate. A bar for a minute that is already final is {@link Arrival#LATE}: it goes to the
 * store but not to the crosses. Not thread-safe: {@link LiveSession} calls it under its lock.
 */
final class MinuteSequencer {

    /** What one arrival was. */
    enum Arrival {
        NEW, DUPLICATE, CORRECTION, LATE
    }

    /** The kind of the arrival and the minutes it made final, oldest first. */
    record Outcome(Arrival arrival, List<StreamedBar> madeFinal) {
    }

    /** Final bars remembered per symbol to recognise late repeats: about five sessions with the pre-market. */
    private static final int REMEMBERED = 2_500;

    private final Map<String, SymbolState> symbols = new HashMap<>();

    private static final class SymbolState {
        final TreeMap<Instant, StreamedBar> pending = new TreeMap<>();
        final LinkedHashMap<Instant, StreamedBar> finals = new LinkedHashMap<>(256, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Instant, StreamedBar> eldest) {
                return size() > REMEMBERED;
            }
        };
        Instant lastFinal;
    }

    /**
     * Takes a bar the session was seeded with as final, so that a stream repeating it (a backfill) is a duplicate.
     * Seed bars come in time order.
     */
    void seedFinal(StreamedBar bar) {
        makeFinal(symbols.computeIfAbsent(bar.symbol(), k -> new SymbolState()), bar);
    }

    /** How many of a seeded series' last bars are remembered to recognise repeats. */
    static int remembered() {
        return REMEMBERED;
    }

    Outcome accept(StreamedBar bar) {
        SymbolState s = symbols.computeIfAbsent(bar.symbol(), k -> new SymbolState());
        if (s.lastFinal != null && !bar.start().isAfter(s.lastFinal)) {
            StreamedBar known = s.finals.get(bar.start());
            return new Outcome(known != null && sameValues(known, bar) ? Arrival.DUPLICATE : Arrival.LATE, List.of());
        }
        StreamedBar before = s.pending.put(bar.start(), bar);
        Arrival arrival = before == null ? Arrival.NEW : sameValues(before, bar) ? Arrival.DUPLICATE : Arrival.CORRECTION;
        if (arrival == Arrival.DUPLICATE) {
            s.pending.put(bar.start(), before);
        }
        List<StreamedBar> madeFinal = new ArrayList<>();
        while (s.pending.size() > 1) {
            madeFinal.add(makeFinal(s, s.pending.pollFirstEntry().getValue()));
        }
        return new Outcome(arrival, madeFinal);
    }

    /** The pending minutes whose end plus {@code lagSeconds} is at or before {@code now}, all symbols, in time order. */
    List<StreamedBar> finalizeDue(Instant now, long lagSeconds) {
        List<StreamedBar> out = new ArrayList<>();
        for (SymbolState s : symbols.values()) {
            while (!s.pending.isEmpty()
                    && !s.pending.firstKey().plusSeconds(60 + lagSeconds).isAfter(now)) {
                out.add(makeFinal(s, s.pending.pollFirstEntry().getValue()));
            }
        }
        out.sort(java.util.Comparator.comparing(StreamedBar::start).thenComparing(StreamedBar::symbol));
        return out;
    }

    /** Every pending minute, made final: the stream ended. */
    List<StreamedBar> finalizeAll() {
        return finalizeDue(Instant.MAX.minusSeconds(3_600), 0);
    }

    /** A late bar replaces the remembered final one, so that a repeat of it is recognised as a duplicate. */
    void rememberLate(StreamedBar bar) {
        SymbolState s = symbols.get(bar.symbol());
        s.finals.put(bar.start(), bar);
    }

    private static StreamedBar makeFinal(SymbolState s, StreamedBar bar) {
        s.lastFinal = bar.start();
        s.finals.put(bar.start(), bar);
        return bar;
    }

    static boolean sameValues(StreamedBar a, StreamedBar b) {
        return a.open() == b.open() && a.high() == b.high() && a.low() == b.low() && a.close() == b.close()
                && a.volume() == b.volume();
    }
}
