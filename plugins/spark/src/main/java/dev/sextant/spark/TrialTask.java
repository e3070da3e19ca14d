package dev.sextant.spark;

import dev.sextant.engine.optimize.Study;
import dev.sextant.engine.optimize.StudyRequest;
import dev.sextant.engine.optimize.StudyRequestMap;
import dev.sextant.engine.optimize.Trial;
import dev.sextant.engine.optimize.TrialMap;
import dev.sextant.engine.optimize.TrialRunner;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.function.Function;

/**
 * Evaluates one trial on an executor: input {@code {number, params}}, output the trial as {@link TrialMap}. Carries
 * the study request in its map form, the span, the batch's pruning reference and where the bars are.
 */
final class TrialTask implements Function<LinkedHashMap<String, Object>, LinkedHashMap<String, Object>> {

    private static final long serialVersionUID = 1L;

    private final WorkerSource source;
    private final LinkedHashMap<String, Object> request;
    private final String from;
    private final String middle;
    private final String to;
    private final double[] reference;
    private final int threads;

    /** @param threads threads of one task ({@code spark.task.cpus}): each trial's signals are computed on that many */
    TrialTask(WorkerSource source, StudyRequest request, TrialRunner.Span span, double[] reference,
            int threads) {
        this.source = source;
        this.request = PlainValues.copy(StudyRequestMap.of(request));
        this.from = span.from().toString();
        this.middle = span.middle().toString();
        this.to = span.to().toString();
        this.reference = reference.clone();
        this.threads = threads;
    }

    static LinkedHashMap<String, Object> input(TrialRunner.Pending p) {
        LinkedHashMap<String, Object> m = new LinkedHashMap<>();
        m.put("number", p.number());
        m.put("params", PlainValues.copy(p.params()));
        return m;
    }

    @Override
    @SuppressWarnings("unchecked")
    public LinkedHashMap<String, Object> call(LinkedHashMap<String, Object> pending) {
        WorkerData data = WorkerData.of(source);
        StudyRequest study = StudyRequestMap.parse(request, 1);
        TrialRunner.Span span = new TrialRunner.Span(LocalDate.parse(from), LocalDate.parse(middle), LocalDate.parse(to));
        Trial t = Study.evaluator(data.catalog, data.cache, data.bars, study, span, threads)
                .evaluate((Integer) pending.get("number"), (Map<String, Object>) pending.get("params"), reference);
        return PlainValues.copy(TrialMap.of(t));
    }
}
