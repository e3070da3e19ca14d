package dev.sextant.engine.walkforward;

import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyResult;
import java.util.ArrayList;
import java.util.List;

/** The folds' studies one after the other, each on the local pool of its request's threads. */
final class LocalFoldStudies implements FoldStudies {

    private final Study study;

    LocalFoldStudies(Study study) {
        this.study = study;
    }

    @Override
    public List<StudyResult> run(List<StudyRequest> studies, ProgressSink progress, Cancellation cancel) {
        List<StudyResult> out = new ArrayList<>();
        int folds = studies.size();
        for (int k = 0; k < folds; k++) {
            StudyRequest r = studies.get(k);
            long perFold = r.trials();
            int fold = k;
            out.add(study.run(r, (done, total, msg) -> progress.progress(fold * perFold + done, folds * perFold,
                    "fold " + (fold + 1) + "/" + folds + ": " + msg), cancel));
        }
        return out;
    }
}
