package dev.sextant.app.research;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The hash that tells whether two results are the same: {@code sha256:} and the hex SHA-256 of the
 * result's compact JSON (UTF-8) with the keys of every object sorted, leaving out the keys that
 * differ between reruns by nature, {@value #LEFT_OUT_DESCRIPTION}, wherever they occur, and an
 * earlier {@code content_hash}. Two runs of the same request on the same data give the same hash.
 */
public final class ContentHash {

    public static final String KEY = "content_hash";

    static final String LEFT_OUT_DESCRIPTION = "run_id, started_at and finished_at";

    private static final Set<String> LEFT_OUT = Set.of("run_id", "started_at", "finished_at", KEY);

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private ContentHash() {
    }

    /** The hash of a JSON document given as maps, lists and plain values (as the CLI's documents are). */
    public static String of(Map<String, ?> document) {
        String canonical = MAPPER.writeValueAsString(canonical(MAPPER.valueToTree(document)));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    private static Object canonical(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> sorted = new TreeMap<>();
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                if (!LEFT_OUT.contains(e.getKey())) {
                    sorted.put(e.getKey(), canonical(e.getValue()));
                }
            }
            return sorted;
        }
        if (node.isArray()) {
            List<Object> items = new ArrayList<>(node.size());
            node.forEach(item -> items.add(canonical(item)));
            return items;
        }
        return node;
    }
}
