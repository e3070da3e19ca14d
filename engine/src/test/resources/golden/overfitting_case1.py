"""Independent computation of the Deflated Sharpe Ratio and of PBO by CSCV for the inputs in
overfitting_case1_returns.csv (plain Python 3, straight from the papers' formulas).

DSR (Bailey & Lopez de Prado 2014): per-period Sharpe SR = mean / sample stdev of the judged
column 'c0'; skewness g3 = m3/m2^1.5 and kurtosis g4 = m4/m2^2 with population central moments;
SR0 = sqrt(V) * ((1-gamma) * Zinv(1 - 1/N) + gamma * Zinv(1 - 1/(N e))), gamma = Euler-Mascheroni;
DSR = Z((SR - SR0) sqrt(T-1) / sqrt(1 - g3 SR + (g4-1)/4 SR^2)), here with N = 25 trials and
V = variance of the 6 columns' Sharpe ratios (sample variance, n-1).

PBO (Bailey, Borwein, Lopez de Prado & Zhu 2017): S = 6 blocks of floor(T/S) rows (first T mod S
rows dropped); for every choice of S/2 blocks as in-sample (itertools.combinations order) the
in-sample best column (highest Sharpe, first on ties) gets its out-of-sample rank
omega = (1 + #columns with lower OOS Sharpe) / (N + 1), logit = ln(omega / (1 - omega));
PBO = share of logits <= 0.
Run: python3 overfitting_case1.py > overfitting_case1.expected.txt
"""
import csv, itertools, math, os, statistics

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "overfitting_case1_returns.csv")) as f:
    rows = list(csv.DictReader(f))
cols = [k for k in rows[0].keys()]
M = {c: [float(r[c]) for r in rows] for c in cols}
T = len(rows)

def sharpe(x):
    sd = statistics.stdev(x)
    return 0.0 if sd == 0 else statistics.mean(x) / sd

# --- DSR ---
r = M["c0"]
n = len(r)
mu = sum(r) / n
m2 = sum((v - mu) ** 2 for v in r) / n
m3 = sum((v - mu) ** 3 for v in r) / n
m4 = sum((v - mu) ** 4 for v in r) / n
g3 = m3 / m2 ** 1.5
g4 = m4 / m2 ** 2
SR = sharpe(r)
N = 25
V = statistics.variance([sharpe(M[c]) for c in cols])
Z = statistics.NormalDist()
gamma = 0.5772156649015329
SR0 = math.sqrt(V) * ((1 - gamma) * Z.inv_cdf(1 - 1 / N) + gamma * Z.inv_cdf(1 - 1 / (N * math.e)))
DSR = Z.cdf((SR - SR0) * math.sqrt(n - 1) / math.sqrt(1 - g3 * SR + (g4 - 1) / 4 * SR * SR))
print(f"trials {N}")
print(f"trial_sharpe_variance {V!r}")
print(f"sharpe {SR!r}")
print(f"skewness {g3!r}")
print(f"kurtosis {g4!r}")
print(f"expected_max_sharpe {SR0!r}")
print(f"dsr {DSR!r}")

# --- PBO by CSCV ---
S = 6
size = T // S
skip = T - size * S
blocks = [list(range(skip + b * size, skip + (b + 1) * size)) for b in range(S)]
logits = []
for J in itertools.combinations(range(S), S // 2):
    Jbar = [b for b in range(S) if b not in J]
    rows_in = [i for b in J for i in blocks[b]]
    rows_out = [i for b in Jbar for i in blocks[b]]
    sr_in = [sharpe([M[c][i] for i in rows_in]) for c in cols]
    sr_out = [sharpe([M[c][i] for i in rows_out]) for c in cols]
    best = max(range(len(cols)), key=lambda k: (sr_in[k], -k))
    below = sum(1 for k in range(len(cols)) if sr_out[k] < sr_out[best])
    omega = (1 + below) / (len(cols) + 1)
    logits.append(math.log(omega / (1 - omega)))
print(f"combinations {len(logits)}")
print(f"pbo {sum(1 for l in logits if l <= 0) / len(logits)!r}")
print("logits " + " ".join(repr(l) for l in logits))
