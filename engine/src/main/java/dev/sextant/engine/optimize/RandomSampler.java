package dev.sextant.engine.optimize;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Independent uniform draws of the unit cube ({@link ParamCodec}: log-uniform for log-scaled
 * floats) from one {@link SplittableRandom} seeded with the study's seed, proposed in batches of
 * {@value #BATCH}. Gives up after {@value #MAX_IDLE_BATCHES} batches in a row that bring no new
 * parameter set (a small discrete space is exhausted).
 */
final class RandomSampler implements Sampler {

    static final int BATCH = 16;
    static final int MAX_IDLE_BATCHES = 20;

    private final ParamCodec codec;
    private final long seed;

    RandomSampler(ParamCodec codec, long seed) {
        this.codec = codec;
        this.seed = seed;
    }

    @Override
    public void run(TrialScheduler scheduler) {
        SplittableRandom random = new SplittableRandom(seed);
        int idle = 0;
        while (!scheduler.budgetUsed() && idle < MAX_IDLE_BATCHES) {
            List<Map<String, Object>> batch = new ArrayList<>(BATCH);
            for (int k = 0; k < BATCH; k++) {
                double[] u = new double[codec.dimensions()];
                for (int d = 0; d < u.length; d++) {
                    u[d] = random.nextDouble();
                }
                batch.add(codec.decode(u));
            }
            int before = scheduler.trialCount();
            scheduler.evaluate(batch);
            idle = scheduler.trialCount() == before ? idle + 1 : 0;
        }
    }
}
