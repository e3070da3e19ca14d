package dev.sextant.app.cli;

import dev.sextant.engine.backtest.ShareCount;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.backtest.BacktestResult;
import dev.sextant.engine.backtest.ConstraintReport;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.backtest.SavedRun;
import dev.sextant.engine.metrics.MetricSet;
import dev.sextant.engine.regime.RegimeBreakdown;
import dev.sextant.engine.regime.RegimePerformance;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/** The human-readable summary of a backtest: what ran, the metrics, the results by regime and the last round trips. */
final class BacktestSummary {

    private static final int LAST_TRIPS = 10;

    private BacktestSummary() {
    }

    /** @param byRegime the run's split by regime, or null */
    static void print(SavedRun run, RegimeBreakdown byRegime, PrintWriter out) {
        BacktestResult r = run.result();
        var req = r.request();
        var c = r.curve();
        out.printf(Locale.ROOT, "run %d: %s [%s] on %d symbol(s), %s .. %s, %d bars%n", run.id(), req.strategyId(),
                r.provenance().params(), req.symbols().size(), Times.iso(c.timeframe(), c.time()[0]),
                Times.iso(c.timeframe(), c.time()[c.size() - 1]), c.size());
        out.printf(Locale.ROOT, "  capital %.0f, sizing %s, max %d positions, fill %s, exits %s, commission %s, slippage %s, benchmark %s%n",
                req.capital(), req.sizing(), req.maxPositions(), r.provenance().fillLabel(),
                req.exitMode().name().toLowerCase(Locale.ROOT), req.commission(), req.slippage(),
                req.benchmark() == null ? "none" : req.benchmark());
        if (req.preset() != null) {
            out.printf("  preset %s; account: %s shares, returns %s, re-entry %s%n", req.preset(),
                    req.account().fractional() ? "fractional" : "whole", req.account().returns().text(),
                    req.account().sameCloseReentry() ? "same-close" : "none");
        }
        MetricSet m = r.metrics();
        out.printf(Locale.ROOT, "  final equity %,.2f  total return %s  CAGR %s  Sharpe %s  Sortino %s  max drawdown %s (%d %s)%n",
                m.finalEquity(), pct(m.totalReturn()), pct(m.cagr()), num(m.sharpe()), num(m.sortino()),
                pct(m.maxDrawdown()), m.maxDrawdownDays(), c.timeframe() == Timeframe.DAILY ? "days" : c.timeframe().code() + " bars");
        out.printf(Locale.ROOT, "  trades %d  win rate %s  profit factor %s  expectancy %s  exposure %s  benchmark %s  alpha %s  beta %s%n",
                m.trades(), pct(m.winRate()), num(m.profitFactor()), num(m.expectancy()), pct(m.exposure()),
                pct(m.benchmarkReturn()), pct(m.alpha()), num(m.beta()));
        if (r.provenance().rules() != null) {
            out.printf("  entry rules: %s%n", r.provenance().rules());
        }
        printConstraints(r.constraints(), out);
        printByRegime(byRegime, out);
        List<RoundTrip> trips = r.roundTrips();
        if (!trips.isEmpty()) {
            Table table = new Table("symbol", "entry", "price", "exit", "price", "shares", "pnl", "reason", "bars");
            for (RoundTrip t : trips.subList(Math.max(0, trips.size() - LAST_TRIPS), trips.size())) {
                table.add(t.symbol(), Times.iso(c.timeframe(), t.entryTime()), String.format(Locale.ROOT, "%.2f", t.entryPrice()),
                        t.isOpen() ? "open" : Times.iso(c.timeframe(), t.exitTime()),
                        t.isOpen() ? "" : String.format(Locale.ROOT, "%.2f", t.exitPrice()), ShareCount.text(t.shares()),
                        String.format(Locale.ROOT, "%.2f", t.pnl()),
                        t.exitReason() == null ? "" : t.exitReason().name().toLowerCase(Locale.ROOT),
                        String.valueOf(t.barsHeld()));
            }
            out.printf("  last %d of %d round trips:%n", Math.min(LAST_TRIPS, trips.size()), trips.size());
            table.print(out);
        }
        out.flush();
    }

    /** The constraints that bound, with how many entries each blocked or cut. */
    private static void printConstraints(List<ConstraintReport> constraints, PrintWriter out) {
        List<ConstraintReport> bound = constraints.stream().filter(ConstraintReport::binds).toList();
        if (bound.isEmpty()) {
            return;
        }
        out.println("  what bound:");
        Table table = new Table("constraint", "blocked entries", "reduced entries");
        for (ConstraintReport c : bound) {
            table.add(c.name(), String.valueOf(c.blockedEntries()), String.valueOf(c.reducedEntries()));
        }
        table.print(out);
    }

    private static void printByRegime(RegimeBreakdown b, PrintWriter out) {
        if (b == null) {
            out.println("  by regime: none stored with this run");
            return;
        }
        out.printf(Locale.ROOT, "  by regime (%s with %s, model %s; %d day(s) without a regime left out):%n", b.index(),
                b.volatility() == null ? "its realised volatility" : b.volatility(), b.modelVersion(),
                b.row().unclassifiedDays());
        Table table = new Table("regime", "days", "return", "Sharpe", "trades", "win rate");
        for (RegimePerformance c : b.row().cells()) {
            if (c.days() > 0 || c.trades() > 0) {
                table.add(c.regime().label(), String.valueOf(c.days()), pct(c.totalReturn()), num(c.sharpe()),
                        String.valueOf(c.trades()), pct(c.winRate()));
            }
        }
        table.print(out);
    }

    private static String pct(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f%%", 100 * v);
    }

    private static String num(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%.2f", v);
    }
}
