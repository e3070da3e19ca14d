package dev.sextant.engine.walkforward;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import java.util.List;

/**
 * Runs the in-sample studies of a walk-forward's folds: one after the other in this JVM (the default,
 * {@link LocalFoldStudies}) or as parallel tasks on a cluster. The studies are independent of each other (each has
 * its own window and seed), so where they run never changes the result.
 */
@FunctionalInterface
public interface FoldStudies {

    /**
     * @param studies one study per fold, in fold order
     * @return their results in the same order
     */
    List<StudyResult> run(List<StudyRequest> studies, ProgressSink progress, Cancellation cancel);
}
