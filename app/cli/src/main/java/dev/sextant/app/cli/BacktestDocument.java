package dev.sextant.app.cli;

import dev.sextant.app.research.ContentHash;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.ConstraintReport;
import dev.sextant.engine.backtest.EquityCurve;
import dev.sextant.engine.backtest.Execution;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.RegimeBreakdown;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON form of a backtest: {@code {request, provenance, metrics, executions, round_trips, equity,
 * constraints, by_regime, content_hash}} ({@code constraints}: {@code [{name, binds, blocked_entries,
 * reduced_entries}]} of every entry filter and limit; left out for runs saved before they were recorded) ({@link ContentHash}: equal for reruns of the same request on the same data), dates as ISO strings, undefined numbers as null. The run's id and times sit in
 * {@code provenance}; {@code by_regime} ({@link RegimeBreakdown#asMap()}) is left out when there is none.
 * {@code backtest --json} and {@code runs show --json} both write this, so a reopened run reads the same.
 */
final class BacktestDocument {

    private BacktestDocument() {
    }

    /** @param byRegime the run's split by regime, or null */
    static Map<String, Object> of(SavedRun run, RegimeBreakdown byRegime) {
        BacktestResult r = run.result();
        Timeframe tf = r.curve().timeframe();
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("run_id", run.id());
        provenance.putAll(r.provenance().asMap());
        provenance.put("started_at", run.startedAt().toString());
        provenance.put("finished_at", run.finishedAt().toString());

        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("request", BacktestRequestMap.of(r.request()));
        doc.put("provenance", provenance);
        doc.put("metrics", r.metrics().asMap());
        doc.put("executions", r.executions().stream().map(e -> execution(e, tf)).toList());
        doc.put("round_trips", r.roundTrips().stream().map(t -> roundTrip(t, tf)).toList());
        doc.put("equity", equity(r.curve()));
        if (!r.constraints().isEmpty()) {
            doc.put("constraints", r.constraints().stream().map(ConstraintReport::asMap).toList());
        }
        if (byRegime != null) {
            doc.put("by_regime", byRegime.asMap());
        }
        doc.put(ContentHash.KEY, ContentHash.of(doc));
        return doc;
    }

    private static Map<String, Object> execution(Execution e, Timeframe tf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", e.symbol());
        m.put("date", Times.iso(tf, e.time()));
        m.put("side", e.side().name().toLowerCase(Locale.ROOT));
        m.put("shares", e.shares());
        m.put("price", e.price());
        m.put("commission", e.fee());
        m.put("reason", e.reason() == null ? null : e.reason().name().toLowerCase(Locale.ROOT));
        return m;
    }

    private static Map<String, Object> roundTrip(RoundTrip t, Timeframe tf) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("symbol", t.symbol());
        m.put("entry_date", Times.iso(tf, t.entryTime()));
        m.put("entry_price", t.entryPrice());
        m.put("exit_date", t.exitTime() == null ? null : Times.iso(tf, t.exitTime()));
        m.put("exit_price", t.exitPrice());
        m.put("shares", t.shares());
        m.put("pnl", t.pnl());
        m.put("exit_reason", t.exitReason() == null ? null : t.exitReason().name().toLowerCase(Locale.ROOT));
        m.put("bars_held", t.barsHeld());
        m.put("mae", finite(t.mae()));
        m.put("mfe", finite(t.mfe()));
        return m;
    }

    private static List<Map<String, Object>> equity(EquityCurve c) {
        List<Map<String, Object>> points = new ArrayList<>(c.size());
        for (int i = 0; i < c.size(); i++) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("date", Times.iso(c.timeframe(), c.time()[i]));
            m.put("equity", c.equity()[i]);
            m.put("benchmark_equity", c.benchmark() == null ? null : finite(c.benchmark()[i]));
            m.put("drawdown", c.drawdown()[i]);
            m.put("exposure", c.exposure()[i]);
            points.add(m);
        }
        return points;
    }

    private static Double finite(double v) {
        return Double.isFinite(v) ? v : null;
    }
}
