package dev.sextant.engine.market.verify;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** The findings of a verification, ordered by symbol, timeframe, time and kind. */
public record VerificationReport(List<Finding> findings) {

    public VerificationReport {
        findings = List.copyOf(findings);
    }

    /** How many findings of each kind, every kind present (zero when none). */
    public Map<FindingKind, Integer> countsByKind() {
        Map<FindingKind, Integer> counts = new EnumMap<>(FindingKind.class);
        for (FindingKind kind : FindingKind.values()) {
            counts.put(kind, 0);
        }
        findings.forEach(f -> counts.merge(f.kind(), 1, Integer::sum));
        return counts;
    }

    public List<Finding> ofKind(FindingKind kind) {
        return findings.stream().filter(f -> f.kind() == kind).toList();
    }
}
