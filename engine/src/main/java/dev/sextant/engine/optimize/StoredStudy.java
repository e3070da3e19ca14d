package dev.sextant.engine.optimize;

import java.time.Instant;
import java.util.Map;

/**
 * A study row as stored: its definition ({@link StudyRequestMap} form), state and how many trials
 * are recorded.
 *
 * @param request the definition as written when the study was created
 */
public record StoredStudy(long id, String name, StudyState state, Map<String, Object> request, Instant createdAt,
        int recordedTrials) {

    /** The stored definition as a request evaluated with {@code threads} threads. */
    public StudyRequest toRequest(int threads) {
        return StudyRequestMap.parse(request, threads);
    }
}
