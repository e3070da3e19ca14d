package dev.sextant.engine.regime;

import java.util.List;

/** Everything one regime run produced: inputs to the scores, the daily snapshots and the summary. */
public record RegimeAnalysis(
        RegimeFeatures features,
        RegimeClassification classification,
        RegimeForecast forecast,
        List<RegimeSnapshot> days,
        RegimeSummary summary) {
}
