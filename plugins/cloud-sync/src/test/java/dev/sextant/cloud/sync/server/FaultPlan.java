package dev.sextant.cloud.sync.server;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;

/**
 * Which {@code POST /v1/signals} gets which fault: a seeded shuffle of the requested faults, each
 * followed by zero or one clean request, so faults hit the start, middle and end of the run.
 * Counts what was injected.
 */
public final class FaultPlan {

    private final Deque<Optional<Fault>> plan = new ArrayDeque<>();
    private final Map<Fault, Integer> injected = new EnumMap<>(Fault.class);

    public FaultPlan(Map<Fault, Integer> counts, long seed) {
        List<Fault> faults = new ArrayList<>();
        counts.forEach((f, n) -> faults.addAll(Collections.nCopies(n, f)));
        Random random = new Random(seed);
        Collections.shuffle(faults, random);
        for (Fault f : faults) {
            plan.add(Optional.of(f));
            if (random.nextBoolean()) {
                plan.add(Optional.empty());
            }
        }
    }

    /** The faults the fault tests inject: 54 over drops, errors, rate limits, slowness, expiry, lapses and kills. */
    public static Map<Fault, Integer> faultTestCounts() {
        Map<Fault, Integer> counts = new EnumMap<>(Fault.class);
        counts.put(Fault.DROP_BEFORE, 8);
        counts.put(Fault.DROP_AFTER, 8);
        counts.put(Fault.ERROR_500, 8);
        counts.put(Fault.ERROR_503, 6);
        counts.put(Fault.TOO_MANY_REQUESTS, 6);
        counts.put(Fault.SLOW, 5);
        counts.put(Fault.EXPIRE_TOKEN, 6);
        counts.put(Fault.LAPSE_SUBSCRIPTION, 3);
        counts.put(Fault.KILL_CLIENT, 4);
        return counts;
    }

    public static FaultPlan none() {
        return new FaultPlan(Map.of(), 0);
    }

    /** The fault for the next request, if any. */
    synchronized Optional<Fault> next() {
        Optional<Fault> f = plan.isEmpty() ? Optional.empty() : plan.poll();
        f.ifPresent(x -> injected.merge(x, 1, Integer::sum));
        return f;
    }

    public synchronized Map<Fault, Integer> injected() {
        return new EnumMap<>(injected);
    }

    public synchronized int total() {
        return injected.values().stream().mapToInt(Integer::intValue).sum();
    }

    public synchronized boolean exhausted() {
        return plan.isEmpty();
    }
}
