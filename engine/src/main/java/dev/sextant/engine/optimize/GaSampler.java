package dev.sextant.engine.optimize;

import io.jenetics.DoubleChromosome;
import io.jenetics.DoubleGene;
import io.jenetics.GaussianMutator;
import io.jenetics.Genotype;
import io.jenetics.Phenotype;
import io.jenetics.TournamentSelector;
import io.jenetics.UniformCrossover;
import io.jenetics.engine.Engine;
import io.jenetics.engine.Evaluator;
import io.jenetics.util.ISeq;
import io.jenetics.util.RandomRegistry;
import io.jenetics.util.Seq;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A genetic algorithm on Jenetics. Genotype: one {@link DoubleChromosome} with one gene in
 * {@code [0,1)} per searched parameter, decoded by {@link ParamCodec}. Population
 * {@code clamp(trials/10, 8, 50)}, tournament selection of 3, uniform crossover (p 0.3) and
 * Gaussian mutation (p 0.2); fitness = the objective's score ({@code -∞} for trials that are not
 * complete). Each generation's not yet evaluated phenotypes form one batch, in population order.
 *
 * <p>Deterministic: Jenetics runs on the calling thread ({@code executor(Runnable::run)}) with
 * its random generator scoped to a {@link SplittableRandom} seeded with the study seed; the
 * parallel part is the batch evaluation in {@link TrialScheduler}, whose results do not depend
 * on thread timing. Stops when the trial budget is used or after {@value #MAX_IDLE_GENERATIONS}
 * generations in a row that bring no new parameter set.
 */
final class GaSampler implements Sampler {

    static final int MAX_IDLE_GENERATIONS = 10;

    private final ParamCodec codec;
    private final long seed;
    private final int populationSize;

    GaSampler(ParamCodec codec, long seed, int trials) {
        this.codec = codec;
        this.seed = seed;
        this.populationSize = Math.clamp(trials / 10, 8, 50);
    }

    @Override
    public void run(TrialScheduler scheduler) {
        int[] idle = {0};
        Evaluator<DoubleGene, Double> evaluator = population -> evaluate(population, scheduler, idle);
        Engine<DoubleGene, Double> engine = new Engine.Builder<>(evaluator,
                Genotype.of(DoubleChromosome.of(0.0, 1.0, codec.dimensions())))
                .populationSize(populationSize)
                .maximizing()
                .selector(new TournamentSelector<>(3))
                .alterers(new UniformCrossover<>(0.3), new GaussianMutator<>(0.2))
                .executor(Runnable::run)
                .build();
        RandomRegistry.with(new SplittableRandom(seed)).run(() -> engine.stream()
                .limit(r -> !scheduler.budgetUsed() && idle[0] < MAX_IDLE_GENERATIONS)
                .forEach(r -> { }));
    }

    private ISeq<Phenotype<DoubleGene, Double>> evaluate(Seq<Phenotype<DoubleGene, Double>> population,
            TrialScheduler scheduler, int[] idle) {
        List<Integer> open = new ArrayList<>();
        List<Map<String, Object>> candidates = new ArrayList<>();
        for (int k = 0; k < population.size(); k++) {
            Phenotype<DoubleGene, Double> p = population.get(k);
            if (p.nonEvaluated()) {
                open.add(k);
                candidates.add(codec.decode(((DoubleChromosome) p.genotype().chromosome()).toArray()));
            }
        }
        int before = scheduler.trialCount();
        double[] scores = scheduler.evaluate(candidates);
        idle[0] = scheduler.trialCount() == before ? idle[0] + 1 : 0;
        List<Phenotype<DoubleGene, Double>> out = new ArrayList<>(population.asList());
        for (int j = 0; j < open.size(); j++) {
            int k = open.get(j);
            out.set(k, out.get(k).withFitness(scores[j]));
        }
        return ISeq.of(out);
    }
}
