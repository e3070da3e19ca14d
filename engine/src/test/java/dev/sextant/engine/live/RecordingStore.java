package dev.sextant.engine.live;

import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory {@link LiveBarStore}: an upsert by symbol and time; the first {@code failures} writes throw and keep nothing. */
final class RecordingStore implements LiveBarStore {

    final Map<String, TreeMap<Long, double[]>> bars = new ConcurrentHashMap<>();
    final List<Integer> batchSizes = new ArrayList<>();
    int failures;

    RecordingStore failingFirst(int n) {
        failures = n;
        return this;
    }

    @Override
    public synchronized void write(List<PriceColumns> batch) {
        if (failures > 0) {
            failures--;
            throw new IllegalStateException("store unavailable (scripted)");
        }
        int n = 0;
        for (PriceColumns p : batch) {
            TreeMap<Long, double[]> m = bars.computeIfAbsent(p.symbol(), k -> new TreeMap<>());
            for (int i = 0; i < p.size(); i++) {
                m.put(p.time()[i], new double[] {p.open()[i], p.high()[i], p.low()[i], p.close()[i], p.volume()[i]});
                n++;
            }
        }
        batchSizes.add(n);
    }

    synchronized int count() {
        return bars.values().stream().mapToInt(Map::size).sum();
    }
}
