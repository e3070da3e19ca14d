package dev.sextant.engine.optimize;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A {@link StudyStore} in memory: for tests, walk-forward folds and runs that need no persistence. */
public final class InMemoryStudyStore implements StudyStore {

    private final Map<String, StudyState> states = new HashMap<>();
    private final Map<String, TreeMap<Integer, Trial>> trials = new HashMap<>();

    @Override
    public synchronized void saveStudy(StudyRequest request, StudyState state) {
        states.put(request.name(), state);
        trials.computeIfAbsent(request.name(), k -> new TreeMap<>());
    }

    @Override
    public synchronized void appendTrials(String study, List<Trial> batch) {
        TreeMap<Integer, Trial> byNumber = trials.get(study);
        if (byNumber == null) {
            throw new IllegalArgumentException("unknown study '" + study + "'");
        }
        java.util.Set<Integer> numbers = new java.util.HashSet<>();
        for (Trial t : batch) {
            if (byNumber.containsKey(t.number()) || !numbers.add(t.number())) {
                throw new IllegalStateException("trial " + t.number() + " of study '" + study + "' recorded twice");
            }
        }
        batch.forEach(t -> byNumber.put(t.number(), t));
    }

    @Override
    public synchronized List<Trial> loadTrials(String study) {
        TreeMap<Integer, Trial> byNumber = trials.get(study);
        return byNumber == null ? List.of() : List.copyOf(byNumber.values());
    }

    /** The state last saved for {@code study}, or null. */
    public synchronized StudyState state(String study) {
        return states.get(study);
    }

    /** Keeps only trials with a number below {@code count}: what a store holds after an interruption. */
    public synchronized void truncate(String study, int count) {
        TreeMap<Integer, Trial> byNumber = trials.get(study);
        if (byNumber != null) {
            byNumber.tailMap(count, true).clear();
        }
    }
}
