package dev.sextant.sync.server.api;

import dev.sextant.sync.server.http.ApiError;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * A checked {@code SignalBatch} of docs/sync-api.yaml: 1 to 500 signals, each with its required fields of the right
 * type. A bad one gets 422 naming the signal and field ({@code signals[3].price}) and the value.
 */
final class SignalBatch {

    static final int MAX_SIGNALS = 500;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.:-]{1,64}");
    private static final Set<String> DIRECTIONS = Set.of("long", "exit");

    private SignalBatch() {
    }

    /** Signal id → the signal's JSON text, in batch order (a repeated id keeps its first document). */
    static Map<String, String> documents(JsonNode body) {
        JsonNode signals = body.get("signals");
        if (signals == null || !signals.isArray()) {
            throw invalid("signals", "is required and must be an array");
        }
        if (signals.isEmpty() || signals.size() > MAX_SIGNALS) {
            throw invalid("signals", "must hold 1.." + MAX_SIGNALS + " signals, got " + signals.size());
        }
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = 0; i < signals.size(); i++) {
            JsonNode s = signals.get(i);
            String at = "signals[" + i + "]";
            if (!s.isObject()) {
                throw invalid(at, "must be an object");
            }
            String id = string(s, at, "id");
            if (!ID.matcher(id).matches()) {
                throw invalid(at + ".id", "must be 1..64 letters, digits or _.:-, got '" + id + "'");
            }
            string(s, at, "strategy_id");
            string(s, at, "symbol");
            String date = string(s, at, "date");
            try {
                LocalDate.parse(date);
            } catch (DateTimeParseException e) {
                throw invalid(at + ".date", "must be a date YYYY-MM-DD, got '" + date + "'");
            }
            String direction = string(s, at, "direction");
            if (!DIRECTIONS.contains(direction)) {
                throw invalid(at + ".direction", "must be long or exit, got '" + direction + "'");
            }
            JsonNode price = s.get("price");
            if (price == null || !price.isNumber() || !Double.isFinite(price.asDouble())) {
                throw invalid(at + ".price", "must be a number, got " + price);
            }
            documents.putIfAbsent(id, s.toString());
        }
        return documents;
    }

    private static String string(JsonNode signal, String at, String field) {
        JsonNode v = signal.get(field);
        if (v == null || !v.isString() || v.asString().isBlank()) {
            throw invalid(at + "." + field, "must be a non-empty string, got " + v);
        }
        if (v.asString().length() > 200) {
            throw invalid(at + "." + field, "must be at most 200 characters, got " + v.asString().length());
        }
        return v.asString();
    }

    private static ApiError invalid(String where, String what) {
        return new ApiError(422, "invalid_signal", where + " " + what);
    }
}
