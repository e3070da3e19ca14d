package dev.sextant.engine.backtest;

import dev.sextant.engine.rules.CircuitBreaker;
import dev.sextant.engine.rules.DayGate;
import dev.sextant.engine.rules.EntryRules;
import dev.sextant.engine.rules.RiskPolicy;
import java.util.List;
import java.util.Map;

/**
 * The entry filters, circuit breaker and risk policy of one simulation, and the {@link EntryLedger}
 * of what each of them did. The simulation asks it before recording or filling an entry; every
 * question uses only what is known at that moment (the signal bar's close, the portfolio's
 * fills and closes so far).
 */
final class EntryChecks {

    static final String SLOTS = "max positions";
    static final String CASH = "cash";

    private final EntryRules rules;
    private final RiskPolicy policy;
    private final List<DayGate> gates;
    private final boolean[][] open;
    private final String[] gateNames;
    private final EntryLedger ledger = new EntryLedger();
    private final String breakerName;
    /** The ledger's counts of the slot limit. */
    private final int[] slotsCounts;
    private final int[] sectorOf;
    private final double[] sectorValue;
    private final boolean fractional;

    private boolean paused;
    private int exitDay = -1;
    private int exitsThatDay;
    private int haltThrough = -1;
    private int entryDay = -1;
    private int entriesThatDay;
    private double lastClose;
    private double closeBefore;
    private double peak;

    /**
     * @param open per gate of {@code rules.gates()}: whether each calendar day is open
     * @param symbols the traded symbols in simulation order (for sector lookups)
     */
    /** @param fractional whether positions may hold fractional shares (limits then cut to a fraction, not a whole share) */
    EntryChecks(EntryRules rules, boolean[][] open, List<String> symbols, int maxPositions, double capital,
            boolean fractional) {
        this.rules = rules;
        this.fractional = fractional;
        this.policy = rules.riskPolicy();
        this.gates = rules.gates();
        this.open = open;
        this.gateNames = gates.stream().map(g -> g.name() + " " + g.spec()).toArray(String[]::new);
        for (String name : gateNames) {
            ledger.declare(name);
        }
        CircuitBreaker b = rules.circuitBreaker();
        breakerName = b == null ? null : "circuit breaker " + b.spec();
        if (breakerName != null) {
            ledger.declare(breakerName);
        }
        this.slotsCounts = ledger.declare(SLOTS + " " + maxPositions);
        ledger.declare(CASH);
        if (policy != null) {
            declare("max gross exposure", policy.maxGrossExposure());
            declare("max position weight", policy.maxPositionWeight());
            declare("max sector weight", policy.maxSectorWeight());
            if (policy.maxNewPerDay() > 0) {
                ledger.declare(newPerDayName());
            }
            declare("daily loss stop", policy.dailyLossStop());
            declare("drawdown stop", policy.drawdownStop());
        }
        sectorOf = new int[symbols.size()];
        boolean sectors = policy != null && RiskPolicy.on(policy.maxSectorWeight());
        Map<String, Integer> ids = new java.util.TreeMap<>();
        for (int s = 0; s < sectorOf.length; s++) {
            String sector = sectors ? rules.sectors().get(symbols.get(s)) : "";
            if (sector == null) {
                throw new IllegalArgumentException("risk policy " + policy.name() + ": max sector weight needs a sector for "
                        + symbols.get(s) + ", and none is known");
            }
            sectorOf[s] = ids.computeIfAbsent(sector, k -> ids.size());
        }
        sectorValue = new double[ids.size()];
        lastClose = capital;
        closeBefore = capital;
        peak = capital;
    }

    private void declare(String what, double limit) {
        if (RiskPolicy.on(limit)) {
            ledger.declare(name(what, limit));
        }
    }

    private static String name(String what, double limit) {
        return what + " " + java.math.BigDecimal.valueOf(limit).stripTrailingZeros().toPlainString();
    }

    private String newPerDayName() {
        return "max new positions per day " + policy.maxNewPerDay();
    }

    List<ConstraintReport> reports() {
        return ledger.reports();
    }

    /** Takes no entry signal from now on (a stepped book whose strategy only manages its exits). */
    void pause() {
        paused = true;
    }

    /** Whether {@link #signalAllowed} lets every signal through and counts nothing: no day filter, not paused. */
    boolean admitsEverySignal() {
        return !paused && open.length == 0;
    }

    /** Whether an entry signalled on calendar day c passes every day filter; counts a blocked entry for each closed one. */
    boolean signalAllowed(int c) {
        if (paused) {
            return false;
        }
        boolean allowed = true;
        for (int g = 0; g < open.length; g++) {
            if (!open[g][c]) {
                ledger.blocked(gateNames[g]);
                allowed = false;
            }
        }
        return allowed;
    }

    /**
     * Whether entries may fill on day c at all (circuit breaker, daily loss and drawdown stops);
     * when not, counts {@code candidates} blocked entries for each halting constraint.
     *
     * @param atOpen whether the fill is at the open (equity known: the last close) or at this close ({@code markNow})
     */
    boolean dayAllowed(int c, int candidates, boolean atOpen, double markNow) {
        boolean allowed = true;
        if (breakerName != null && c <= haltThrough) {
            block(breakerName, candidates);
            allowed = false;
        }
        if (policy != null) {
            double now = atOpen ? lastClose : markNow;
            double before = atOpen ? closeBefore : lastClose;
            double top = Math.max(peak, now);
            if (RiskPolicy.on(policy.dailyLossStop()) && now / before - 1 <= -policy.dailyLossStop()) {
                block(name("daily loss stop", policy.dailyLossStop()), candidates);
                allowed = false;
            }
            if (RiskPolicy.on(policy.drawdownStop()) && now / top - 1 <= -policy.drawdownStop()) {
                block(name("drawdown stop", policy.drawdownStop()), candidates);
                allowed = false;
            }
        }
        return allowed;
    }

    private void block(String name, int times) {
        for (int k = 0; k < times; k++) {
            ledger.blocked(name);
        }
    }

    /** Whether a candidate gets a free slot and fits the day's entry count; counts it blocked when not. */
    boolean slotAllowed(int c, boolean slotFree) {
        if (!slotFree) {
            slotsCounts[0]++;
            return false;
        }
        if (policy != null && policy.maxNewPerDay() > 0 && entryDay == c && entriesThatDay >= policy.maxNewPerDay()) {
            ledger.blocked(newPerDayName());
            return false;
        }
        return true;
    }

    /**
     * Shares after the position, gross and sector limits, each applied to the signal close {@code ref}
     * against {@code equity}; counts a cut or (when nothing is left) a block for each limit that binds.
     *
     * @param invested value of the positions held, at their last closes
     */
    double cap(int s, double shares, double ref, double equity, double invested) {
        if (policy == null) {
            return shares;
        }
        double n = shares;
        if (RiskPolicy.on(policy.maxPositionWeight())) {
            n = limit(n, policy.maxPositionWeight() * equity / ref, name("max position weight", policy.maxPositionWeight()));
        }
        if (n > 0 && RiskPolicy.on(policy.maxGrossExposure())) {
            n = limit(n, (policy.maxGrossExposure() * equity - invested) / ref,
                    name("max gross exposure", policy.maxGrossExposure()));
        }
        if (n > 0 && RiskPolicy.on(policy.maxSectorWeight())) {
            n = limit(n, (policy.maxSectorWeight() * equity - sectorValue[sectorOf[s]]) / ref,
                    name("max sector weight", policy.maxSectorWeight()));
        }
        return n;
    }

    private double limit(double n, double room, String name) {
        double most = room <= 0 ? 0 : fractional ? room : Math.floor(room + 1e-9);
        if (most >= n) {
            return n;
        }
        if (most == 0) {
            ledger.blocked(name);
        } else {
            ledger.reduced(name);
        }
        return most;
    }

    /** Records a cut by the cash available ({@code after} shares of {@code before}). */
    void cashCut(double before, double after) {
        if (after < before) {
            if (after <= 0) {
                ledger.blocked(CASH);
            } else {
                ledger.reduced(CASH);
            }
        }
    }

    /** A position opened on day c. */
    void entered(int c) {
        if (entryDay != c) {
            entryDay = c;
            entriesThatDay = 0;
        }
        entriesThatDay++;
    }

    /** A position closed on day c for {@code reason}; trips the circuit breaker at the N-th counted exit of the day. */
    void exited(int c, ExitReason reason) {
        CircuitBreaker b = rules.circuitBreaker();
        if (b == null || !counts(b.kind(), reason)) {
            return;
        }
        if (exitDay != c) {
            exitDay = c;
            exitsThatDay = 0;
        }
        exitsThatDay++;
        if (exitsThatDay == b.exits()) {
            haltThrough = c + b.days();
        }
    }

    private static boolean counts(CircuitBreaker.Kind kind, ExitReason reason) {
        return switch (kind) {
            case STOP -> reason == ExitReason.STOP_LOSS || reason == ExitReason.TRAILING_STOP;
            case TRAILING -> reason == ExitReason.TRAILING_STOP;
            case ANY -> reason != ExitReason.HAND;
        };
    }

    /** The sector values held, recomputed by the simulation before sizing (value per sector of {@code held}). */
    void sectorValues(double[] shares, double[] marks) {
        if (policy == null || !RiskPolicy.on(policy.maxSectorWeight())) {
            return;
        }
        java.util.Arrays.fill(sectorValue, 0);
        for (int s = 0; s < shares.length; s++) {
            if (shares[s] > 0) {
                sectorValue[sectorOf[s]] += shares[s] * marks[s];
            }
        }
    }

    /** The equity at a day's close, for the loss and drawdown stops. */
    void closed(double equity) {
        closeBefore = lastClose;
        lastClose = equity;
        peak = Math.max(peak, equity);
    }
}
