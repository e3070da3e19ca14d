"""Independent computation of the engine's metrics for metrics_case1_*.csv (plain Python 3).

Definitions as stated in PerformanceMetrics' Javadoc: daily returns r_t = e_t/e_{t-1} - 1;
annualisation with 252 bars; CAGR years = calendar days / 365.25; sample std (n-1);
Sortino downside deviation = sqrt(sum(min(0, r - rf/252)^2) / N) over all N returns;
max drawdown days = longest run in bars from a peak to recovery (or the end).
Run: python3 metrics_case1.py > metrics_case1.expected.txt
"""
import csv, datetime, math, statistics, os

RF = 0.02  # annual risk-free rate used by the test
here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "metrics_case1_equity.csv")) as f:
    rows = list(csv.DictReader(f))
with open(os.path.join(here, "metrics_case1_trades.csv")) as f:
    trades = list(csv.DictReader(f))

dates = [datetime.date.fromisoformat(r["date"]) for r in rows]
e = [float(r["equity"]) for r in rows]
b = [float(r["benchmark"]) for r in rows]
pos = [int(r["positions"]) for r in rows]
pnl = [float(t["pnl"]) for t in trades]
bars = [int(t["bars_held"]) for t in trades]

r = [e[i] / e[i - 1] - 1 for i in range(1, len(e))]
rb = [b[i] / b[i - 1] - 1 for i in range(1, len(b))]
x = [v - RF / 252 for v in r]

out = {}
out["final_equity"] = e[-1]
out["total_return"] = e[-1] / e[0] - 1
days = (dates[-1] - dates[0]).days
out["cagr"] = (e[-1] / e[0]) ** (365.25 / days) - 1
out["sharpe"] = statistics.mean(x) / statistics.stdev(x) * math.sqrt(252)
dd = math.sqrt(sum(min(0, v) ** 2 for v in x) / len(x))
out["sortino"] = statistics.mean(x) / dd * math.sqrt(252)
peak, worst = e[0], 0.0
for v in e:
    peak = max(peak, v)
    worst = min(worst, v / peak - 1)
out["max_drawdown"] = worst
out["calmar"] = out["cagr"] / abs(worst)
# longest under-water stretch, brute force: for each peak bar, count bars until recovery or end
longest = 0
for p in range(len(e)):
    if e[p] < max(e[: p + 1]):
        continue  # not a running peak
    t = p + 1
    while t < len(e) and e[t] < e[p]:
        t += 1
    if t == p + 1:
        continue
    longest = max(longest, (t if t < len(e) else len(e) - 1) - p)
out["max_drawdown_days"] = longest
out["exposure"] = sum(1 for p in pos if p > 0) / len(pos)
out["trades"] = len(pnl)
out["win_rate"] = sum(1 for p in pnl if p > 0) / len(pnl)
out["profit_factor"] = sum(p for p in pnl if p > 0) / -sum(p for p in pnl if p < 0)
out["expectancy"] = statistics.mean(pnl)
out["sqn"] = math.sqrt(len(pnl)) * statistics.mean(pnl) / statistics.stdev(pnl)
out["avg_bars_held"] = statistics.mean(bars)
out["benchmark_return"] = b[-1] / b[0] - 1
mr, mb = statistics.mean(r), statistics.mean(rb)
beta = sum((r[i] - mr) * (rb[i] - mb) for i in range(len(r))) / sum((v - mb) ** 2 for v in rb)
out["beta"] = beta
out["alpha"] = (mr - beta * mb) * 252
for k, v in out.items():
    print(f"{k}={v!r}")
