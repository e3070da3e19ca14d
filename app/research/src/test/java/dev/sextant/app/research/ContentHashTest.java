package dev.sextant.app.research;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ContentHashTest {

    private static String sha256(String text) throws Exception {
        return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void hashesTheCompactJsonWithSortedKeysLeavingOutTheRunIdAndTimes() throws Exception {
        Map<String, Object> provenance = new LinkedHashMap<>();
        provenance.put("run_id", 17);
        provenance.put("seed", 42);
        provenance.put("started_at", "2026-12-06T10:00:00Z");
        provenance.put("finished_at", "2026-12-06T10:00:01Z");
        provenance.put("engine", "1.0");
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("z", List.of(1, 2.5, "x"));
        doc.put("provenance", provenance);
        doc.put("a", null);

        // written by hand: keys sorted, no spaces, the three keys left out
        String expected = sha256("{\"a\":null,\"provenance\":{\"engine\":\"1.0\",\"seed\":42},\"z\":[1,2.5,\"x\"]}");
        assertThat(ContentHash.of(doc)).isEqualTo(expected);

        provenance.put("run_id", 18);
        provenance.put("started_at", "2027-01-01T00:00:00Z");
        doc.put(ContentHash.KEY, "sha256:old");
        assertThat(ContentHash.of(doc)).as("other run id, times and an earlier hash").isEqualTo(expected);

        provenance.put("seed", 43);
        assertThat(ContentHash.of(doc)).isNotEqualTo(expected);
    }
}
