package dev.sextant.engine.metrics;

import dev.sextant.engine.market.Timeframe;

/**
 * The one definition of every reported metric. "Daily" returns are bar-to-bar returns of the
 * equity curve, {@code r[t] = equity[t]/equity[t-1] − 1} for {@code t ≥ 1}; annualisation uses
 * {@link MetricInputs#barsPerYear()}: 252 for daily bars, the bars of 252 regular 6.5-hour
 * sessions for intraday ones ({@link #barsPerYear}). The formulas below say "daily" and "252" for
 * the daily case. Sample statistics use divisor {@code n−1}.
 */
public final class PerformanceMetrics {

    static final double BARS_PER_YEAR = 252.0;
    static final double DAYS_PER_YEAR = 365.25;

    private PerformanceMetrics() {
    }

    /**
     * Bars per year of a timeframe: 252 for daily (and, as before, weekly and monthly) bars; for
     * intraday bars 252 sessions times the bars of a 09:30–16:00 session, the last one possibly
     * shorter: 1m 98 280, 5m 19 656, 15m 6 552, 30m 3 276, 1h 1 764 (7 bars a day).
     */
    public static double barsPerYear(Timeframe timeframe) {
        if (!timeframe.isIntraday()) {
            return BARS_PER_YEAR;
        }
        long sessionSeconds = 390 * 60;
        long bar = timeframe.spacing().toSeconds();
        return BARS_PER_YEAR * ((sessionSeconds + bar - 1) / bar);
    }

    public static MetricSet compute(MetricInputs in) {
        double[] e = in.equity();
        if (e.length == 0) {
            throw new IllegalArgumentException("empty equity curve");
        }
        double[] r = returns(e);
        Double cagr = cagr(e, in.calendarDays());
        double maxDd = maxDrawdown(e);
        double[] b = in.benchmark();
        return new MetricSet(
                finalEquity(e),
                totalReturn(e),
                cagr,
                sharpe(r, in.riskFreeAnnual(), in.barsPerYear()),
                sortino(r, in.riskFreeAnnual(), in.barsPerYear()),
                calmar(cagr, maxDd),
                maxDd,
                maxDrawdownDays(e),
                exposure(in.positions()),
                in.tradePnl().length,
                winRate(in.tradePnl()),
                profitFactor(in.tradePnl()),
                expectancy(in.tradePnl()),
                sqn(in.tradePnl()),
                avgBarsHeld(in.tradeBars()),
                b == null ? null : totalReturn(b),
                b == null ? null : alpha(r, returns(b), in.barsPerYear()),
                b == null ? null : beta(r, returns(b)));
    }

    /** final_equity: the last equity value. */
    public static double finalEquity(double[] e) {
        return e[e.length - 1];
    }

    /** total_return: {@code equity[last]/equity[0] − 1}. */
    public static double totalReturn(double[] e) {
        return e[e.length - 1] / e[0] - 1.0;
    }

    /**
     * cagr: {@code (equity[last]/equity[0])^(1/years) − 1} with years = calendar days between the
     * first and last equity dates / 365.25. Null when that span is not positive.
     */
    public static Double cagr(double[] e, double calendarDays) {
        if (calendarDays <= 0) {
            return null;
        }
        return Math.pow(e[e.length - 1] / e[0], DAYS_PER_YEAR / calendarDays) - 1.0;
    }

    /**
     * sharpe: mean of daily excess returns {@code r − rf/252} divided by their sample standard
     * deviation, times √252. Null with fewer than two returns or zero deviation.
     */
    public static Double sharpe(double[] r, double rfAnnual) {
        return sharpe(r, rfAnnual, BARS_PER_YEAR);
    }

    /** sharpe with {@code barsPerYear} in place of 252. */
    public static Double sharpe(double[] r, double rfAnnual, double barsPerYear) {
        if (r.length < 2) {
            return null;
        }
        double[] x = excess(r, rfAnnual, barsPerYear);
        double sd = sampleStd(x);
        return sd == 0 ? null : mean(x) / sd * Math.sqrt(barsPerYear);
    }

    /**
     * sortino: mean daily excess return divided by the downside deviation, times √252. Downside
     * deviation = √(Σ min(0, r − rf/252)² / N) over <em>all</em> N daily returns (target = the
     * daily risk-free rate). Null when there is no negative excess return.
     */
    public static Double sortino(double[] r, double rfAnnual) {
        return sortino(r, rfAnnual, BARS_PER_YEAR);
    }

    /** sortino with {@code barsPerYear} in place of 252. */
    public static Double sortino(double[] r, double rfAnnual, double barsPerYear) {
        if (r.length < 1) {
            return null;
        }
        double[] x = excess(r, rfAnnual, barsPerYear);
        double ss = 0;
        for (double v : x) {
            double d = Math.min(0.0, v);
            ss += d * d;
        }
        double dd = Math.sqrt(ss / x.length);
        return dd == 0 ? null : mean(x) / dd * Math.sqrt(barsPerYear);
    }

    /** calmar: cagr / |max_drawdown|; null when either is undefined or the drawdown is zero. */
    public static Double calmar(Double cagr, double maxDrawdown) {
        return cagr == null || maxDrawdown == 0 ? null : cagr / Math.abs(maxDrawdown);
    }

    /** max_drawdown: the most negative {@code equity[t]/max(equity[0..t]) − 1} (0 or negative). */
    public static double maxDrawdown(double[] e) {
        double peak = e[0];
        double worst = 0;
        for (double v : e) {
            peak = Math.max(peak, v);
            worst = Math.min(worst, v / peak - 1.0);
        }
        return worst;
    }

    /**
     * max_drawdown_days: the longest drawdown in bars (trading days): from the bar of a peak to the
     * first later bar whose equity is back at or above that peak, or to the last bar when it never
     * recovers. 0 for a curve that never falls below its running peak.
     */
    public static int maxDrawdownDays(double[] e) {
        int longest = 0;
        int peak = 0;
        for (int t = 1; t < e.length; t++) {
            if (e[t] >= e[peak]) {
                if (t - peak > 1) {
                    longest = Math.max(longest, t - peak); // bars peak+1..t-1 were under water
                }
                peak = t;
            }
        }
        return Math.max(longest, e.length - 1 - peak);
    }

    /** exposure: share of bars at whose close at least one position is open. */
    public static double exposure(int[] positions) {
        int n = 0;
        for (int p : positions) {
            n += p > 0 ? 1 : 0;
        }
        return (double) n / positions.length;
    }

    /** win_rate: share of closed trades with P&amp;L &gt; 0; null without trades. */
    public static Double winRate(double[] pnl) {
        if (pnl.length == 0) {
            return null;
        }
        int w = 0;
        for (double p : pnl) {
            w += p > 0 ? 1 : 0;
        }
        return (double) w / pnl.length;
    }

    /** profit_factor: gross profit / gross loss over closed trades; null when no trade lost. */
    public static Double profitFactor(double[] pnl) {
        double win = 0;
        double loss = 0;
        for (double p : pnl) {
            if (p > 0) {
                win += p;
            } else {
                loss -= p;
            }
        }
        return loss == 0 ? null : win / loss;
    }

    /** expectancy: mean net P&amp;L per closed trade, in currency; null without trades. */
    public static Double expectancy(double[] pnl) {
        return pnl.length == 0 ? null : mean(pnl);
    }

    /** sqn: √N × mean / sample std of trade P&amp;L; null with fewer than two trades or zero std. */
    public static Double sqn(double[] pnl) {
        if (pnl.length < 2) {
            return null;
        }
        double sd = sampleStd(pnl);
        return sd == 0 ? null : Math.sqrt(pnl.length) * mean(pnl) / sd;
    }

    /** avg_bars_held: mean bars held of closed trades; null without trades. */
    public static Double avgBarsHeld(int[] bars) {
        if (bars.length == 0) {
            return null;
        }
        double s = 0;
        for (int b : bars) {
            s += b;
        }
        return s / bars.length;
    }

    /**
     * beta: slope of the ordinary least squares regression of daily strategy returns on daily
     * benchmark returns, {@code cov(r, b) / var(b)}. Null when the benchmark does not move.
     */
    public static Double beta(double[] r, double[] b) {
        if (r.length < 2) {
            return null;
        }
        double mr = mean(r);
        double mb = mean(b);
        double cov = 0;
        double var = 0;
        for (int i = 0; i < r.length; i++) {
            cov += (r[i] - mr) * (b[i] - mb);
            var += (b[i] - mb) * (b[i] - mb);
        }
        return var == 0 ? null : cov / var;
    }

    /** alpha: intercept of the same regression, annualised by ×252: {@code (mean(r) − beta·mean(b))·252}. */
    public static Double alpha(double[] r, double[] b) {
        return alpha(r, b, BARS_PER_YEAR);
    }

    /** alpha with {@code barsPerYear} in place of 252. */
    public static Double alpha(double[] r, double[] b, double barsPerYear) {
        Double beta = beta(r, b);
        return beta == null ? null : (mean(r) - beta * mean(b)) * barsPerYear;
    }

    static double[] returns(double[] e) {
        double[] r = new double[Math.max(0, e.length - 1)];
        for (int t = 1; t < e.length; t++) {
            r[t - 1] = e[t] / e[t - 1] - 1.0;
        }
        return r;
    }

    private static double[] excess(double[] r, double rfAnnual, double barsPerYear) {
        double rf = rfAnnual / barsPerYear;
        double[] x = new double[r.length];
        for (int i = 0; i < r.length; i++) {
            x[i] = r[i] - rf;
        }
        return x;
    }

    private static double mean(double[] x) {
        double s = 0;
        for (double v : x) {
            s += v;
        }
        return s / x.length;
    }

    private static double sampleStd(double[] x) {
        double m = mean(x);
        double ss = 0;
        for (double v : x) {
            ss += (v - m) * (v - m);
        }
        return Math.sqrt(ss / (x.length - 1));
    }
}
