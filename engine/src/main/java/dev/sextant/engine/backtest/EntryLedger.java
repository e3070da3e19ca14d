package dev.sextant.engine.backtest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Counts, per constraint and in the order constraints were declared, the entries each one blocked or cut. */
final class EntryLedger {

    private final Map<String, int[]> counts = new LinkedHashMap<>();

    /**
     * Lists a constraint (so it is reported even if it never binds).
     *
     * @return its counts, {blocked, reduced}: a caller that counts on every candidate of every day (the slot limit)
     *         increments them directly instead of looking the name up each time
     */
    int[] declare(String name) {
        return counts.computeIfAbsent(name, k -> new int[2]);
    }

    void blocked(String name) {
        counts.get(name)[0]++;
    }

    void reduced(String name) {
        counts.get(name)[1]++;
    }

    List<ConstraintReport> reports() {
        List<ConstraintReport> out = new ArrayList<>();
        counts.forEach((name, c) -> out.add(new ConstraintReport(name, c[0], c[1])));
        return List.copyOf(out);
    }
}
