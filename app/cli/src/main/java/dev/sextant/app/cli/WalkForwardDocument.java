package dev.sextant.app.cli;

import dev.sextant.engine.walkforward.SavedWalkForward;
import dev.sextant.engine.walkforward.WalkForwardMaps;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON of {@code ./sextant walkforward} and {@code walkforward show}: the run's identity and
 * {@code plan}, then {@code folds} (dates, chosen params, in- and out-of-sample metrics, WFE, trials,
 * capital carried), the stitched {@code oos_equity}, {@code oos_cagr}, {@code oos_sharpe},
 * {@code oos_sharpe_t}, {@code wfe}, {@code dsr}, {@code pbo}, {@code param_stability},
 * {@code total_trials} and {@code elapsed_ms}. Built from the stored run, so reopening it gives the
 * same document.
 */
final class WalkForwardDocument {

    private WalkForwardDocument() {
    }

    static Map<String, Object> of(SavedWalkForward run) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("id", run.id());
        doc.put("name", run.name());
        doc.put("strategy", run.strategyId());
        doc.put("engine_version", run.engineVersion());
        doc.put("data_fingerprint", run.dataFingerprint());
        doc.put("started_at", run.startedAt().toString());
        doc.put("finished_at", run.finishedAt().toString());
        doc.put("plan", WalkForwardMaps.document(run.plan()));
        doc.put("folds", run.folds().stream().map(WalkForwardMaps::document).toList());
        doc.putAll(WalkForwardMaps.document(run.summary()));
        return doc;
    }
}
