package dev.sextant.app.cli;

import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.live.LiveCross;
import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.live.LiveSessionListener;
import dev.sextant.engine.live.LiveStats;
import dev.sextant.engine.live.PaperFill;
import dev.sextant.engine.live.PaperSnapshot;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.spi.StreamStatus;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints a live or replayed session as it happens: one line per cross and per paper fill on stdout (unless the JSON
 * goes there), status changes on stderr, and the summary at the end; and builds the JSON document of the run.
 */
final class SessionPrinter implements LiveSessionListener {

    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean quiet;

    /** @param quiet print nothing on stdout (the JSON document goes there) */
    SessionPrinter(PrintWriter out, PrintWriter err, boolean quiet) {
        this.out = out;
        this.err = err;
        this.quiet = quiet;
    }

    static String time(long epochSecond) {
        return Times.format(Timeframe.MINUTE_1, epochSecond);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.4f", v);
    }

    private static String money(double v) {
        return String.format(Locale.ROOT, "%,.2f", v);
    }

    @Override
    public void cross(LiveCross c) {
        if (!quiet) {
            out.printf(Locale.ROOT, "%s  cross %-4s %-8s price %s  vwap %s  distance %+.3f%%%n",
                    time(c.time().getEpochSecond()), c.up() ? "up" : "down", c.symbol(), num(c.price()), num(c.vwap()),
                    100 * c.distance());
            out.flush();
        }
    }

    @Override
    public void fill(PaperFill f) {
        if (quiet) {
            return;
        }
        Execution e = f.execution();
        RoundTrip t = f.trip();
        String tail = t == null ? "" : String.format(Locale.ROOT, "  %s  P&L %s (%+.2f%%)",
                t.exitReason().name().toLowerCase(Locale.ROOT), money(t.pnl()), 100 * t.returnPct());
        out.printf(Locale.ROOT, "%s  fill  %-4s %-8s %s @ %s%s%n", time(e.time()), e.side() == Execution.Side.BUY ? "buy" : "sell",
                e.symbol(), String.format(Locale.ROOT, "%.0f", e.shares()), num(e.price()), tail);
        out.flush();
    }

    @Override
    public void status(StreamStatus status, String detail) {
        err.println("stream " + status.name().toLowerCase(Locale.ROOT) + (detail.isEmpty() ? "" : ": " + detail));
        err.flush();
    }

    void summary(LiveSession session, long millis) {
        LiveStats s = session.stats();
        PaperSnapshot p = session.paper();
        List<RoundTrip> trips = trips(session);
        long wins = trips.stream().filter(t -> t.pnl() > 0).count();
        out.printf(Locale.ROOT, "%nbars: %d final of %d received (%d duplicates, %d corrections, %d late); stored %d, "
                        + "store failures %d%n", s.finalBars(), s.received(), s.duplicates(), s.corrections(), s.late(),
                s.stored(), s.storeFailures());
        out.printf(Locale.ROOT, "crosses: %d; fills: %d; round trips: %d (%d winning)%n", s.crosses(), s.fills(),
                trips.size(), wins);
        out.printf(Locale.ROOT, "paper: realised P&L %s; equity %s; cash %s; open positions %d%n", money(p.realizedPnl()),
                money(p.equity()), money(p.cash()), p.positions().size());
        out.printf(Locale.ROOT, "took %.1f s (%.0f bars/s)%n", millis / 1e3, s.finalBars() / Math.max(1e-3, millis / 1e3));
        out.flush();
    }

    static List<RoundTrip> trips(LiveSession session) {
        return session.fills().stream().filter(f -> f.trip() != null).map(PaperFill::trip).toList();
    }

    static Map<String, Object> document(LiveSession session, Map<String, Object> head) {
        Map<String, Object> doc = new LinkedHashMap<>(head);
        doc.put("crosses", session.crosses().stream().map(c -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("time", Times.offset(Timeframe.MINUTE_1, c.time().getEpochSecond()));
            m.put("symbol", c.symbol());
            m.put("direction", c.up() ? "up" : "down");
            m.put("price", c.price());
            m.put("sma", c.sma());
            m.put("vwap", c.vwap());
            return m;
        }).toList());
        doc.put("fills", session.fills().stream().map(f -> {
            Execution e = f.execution();
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", Times.iso(Timeframe.MINUTE_1, e.time()));
            m.put("symbol", e.symbol());
            m.put("side", e.side().name().toLowerCase(Locale.ROOT));
            m.put("shares", e.shares());
            m.put("price", e.price());
            if (f.trip() != null) {
                m.put("reason", f.trip().exitReason().name().toLowerCase(Locale.ROOT));
                m.put("pnl", f.trip().pnl());
            }
            return m;
        }).toList());
        LiveStats s = session.stats();
        PaperSnapshot p = session.paper();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("received", s.received());
        summary.put("final_bars", s.finalBars());
        summary.put("duplicates", s.duplicates());
        summary.put("corrections", s.corrections());
        summary.put("late", s.late());
        summary.put("stored", s.stored());
        summary.put("store_failures", s.storeFailures());
        summary.put("round_trips", trips(session).size());
        summary.put("realized_pnl", p.realizedPnl());
        summary.put("equity", p.equity());
        summary.put("open_positions", p.positions().size());
        doc.put("summary", summary);
        return doc;
    }
}
