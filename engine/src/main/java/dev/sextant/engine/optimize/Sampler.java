package dev.sextant.engine.optimize;

/** Proposes parameter sets in batches to a {@link TrialScheduler} until it says the budget is used. */
interface Sampler {

    void run(TrialScheduler scheduler);
}
