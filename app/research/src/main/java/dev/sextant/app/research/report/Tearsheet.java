package dev.sextant.app.research.report;

import dev.sextant.engine.backtest.ShareCount;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SavedRun;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;

/**
 * A one-file HTML report of a run: request, metrics (beside a second run when one is compared),
 * the charts as embedded PNGs (base64 data URIs, so the file stands alone), monthly returns and
 * the round trips.
 */
public final class Tearsheet {

    private Tearsheet() {
    }

    /** @param charts PNG images by caption, in the order shown */
    public static String html(SavedRun run, SavedRun compare, Map<String, byte[]> charts) {
        BacktestRequest r = run.result().request();
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Sextant run ").append(run.id())
                .append("</title><style>body{font-family:sans-serif;margin:24px;color:#222}table{border-collapse:collapse;margin:8px 0}"
                        + "td,th{border:1px solid #ccc;padding:3px 8px;text-align:right}th{background:#f2f2f2}"
                        + "td:first-child,th:first-child{text-align:left}img{max-width:100%;display:block;margin:8px 0}</style></head><body>\n");
        h.append("<h1>Run ").append(run.id()).append(": ").append(esc(r.strategyId())).append("</h1>\n");
        h.append("<p>").append(r.symbols().size()).append(" symbol(s), ").append(r.from() == null ? "first bar" : r.from())
                .append(" to ").append(r.to() == null ? "last bar" : r.to()).append(", capital ")
                .append(String.format(Locale.ROOT, "%,.0f", r.capital())).append(", sizing ").append(esc(r.sizing().toString()))
                .append(", max positions ").append(r.maxPositions()).append(", fill ").append(r.fill()).append(", exits ")
                .append(r.exitMode()).append(", commission ").append(esc(r.commission().toString())).append(", slippage ")
                .append(esc(r.slippage().toString())).append(", benchmark ").append(r.benchmark() == null ? "none" : esc(r.benchmark()))
                .append(", params ").append(esc(r.params().toString())).append(". Finished ").append(run.finishedAt()).append(".</p>\n");
        h.append("<h2>Metrics</h2>\n<table><tr><th>metric</th><th>run ").append(run.id()).append("</th>");
        Map<String, String> other = compare == null ? null : KpiText.all(compare.result().metrics());
        if (compare != null) {
            h.append("<th>run ").append(compare.id()).append(" (").append(esc(compare.result().request().strategyId())).append(")</th>");
        }
        h.append("</tr>\n");
        KpiText.all(run.result().metrics()).forEach((k, v) -> {
            h.append("<tr><td>").append(esc(k)).append("</td><td>").append(esc(v)).append("</td>");
            if (other != null) {
                h.append("<td>").append(esc(other.get(k))).append("</td>");
            }
            h.append("</tr>\n");
        });
        h.append("</table>\n");
        charts.forEach((caption, png) -> h.append("<h2>").append(esc(caption)).append("</h2>\n<img alt=\"").append(esc(caption))
                .append("\" src=\"data:image/png;base64,").append(Base64.getEncoder().encodeToString(png)).append("\">\n"));
        monthly(h, MonthlyReturns.of(run.result().curve()));
        trips(h, run);
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void monthly(StringBuilder h, MonthlyReturns m) {
        h.append("<h2>Monthly returns (%)</h2>\n<table><tr><th>year</th>");
        for (Month month : Month.values()) {
            h.append("<th>").append(month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH)).append("</th>");
        }
        h.append("<th>year</th></tr>\n");
        m.byYear().forEach((year, months) -> {
            h.append("<tr><td>").append(year).append("</td>");
            for (double v : months) {
                h.append("<td>").append(Double.isNaN(v) ? "" : String.format(Locale.ROOT, "%.1f", 100 * v)).append("</td>");
            }
            h.append("<td>").append(String.format(Locale.ROOT, "%.1f", 100 * m.yearReturn(year))).append("</td></tr>\n");
        });
        h.append("</table>\n");
    }

    private static void trips(StringBuilder h, SavedRun run) {
        h.append("<h2>Round trips (").append(run.result().roundTrips().size()).append(")</h2>\n<table><tr><th>symbol</th>"
                + "<th>entry</th><th>entry price</th><th>exit</th><th>exit price</th><th>shares</th><th>P&amp;L</th><th>return %</th>"
                + "<th>bars</th><th>exit reason</th></tr>\n");
        for (RoundTrip t : run.result().roundTrips()) {
            h.append("<tr><td>").append(esc(t.symbol())).append("</td><td>").append(LocalDate.ofEpochDay(t.entryTime()))
                    .append("</td><td>").append(String.format(Locale.ROOT, "%.2f", t.entryPrice())).append("</td><td>")
                    .append(t.isOpen() ? "open" : LocalDate.ofEpochDay(t.exitTime()).toString()).append("</td><td>")
                    .append(t.isOpen() ? "" : String.format(Locale.ROOT, "%.2f", t.exitPrice())).append("</td><td>")
                    .append(ShareCount.text(t.shares())).append("</td><td>").append(String.format(Locale.ROOT, "%,.2f", t.pnl())).append("</td><td>")
                    .append(String.format(Locale.ROOT, "%.2f", 100 * t.returnPct())).append("</td><td>").append(t.barsHeld())
                    .append("</td><td>").append(t.exitReason() == null ? "" : t.exitReason().name().toLowerCase(Locale.ROOT))
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static String esc(String s) {
        return s == null ? "" : s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
