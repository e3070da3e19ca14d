package dev.sextant.cloud.sync.client;

import java.io.IOException;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Runs one HTTP call and reads its JSON answer. A non-2xx answer becomes an {@link ApiException}
 * built from the status and the server's {@code Error} document (never from the request, so no
 * token or password ends up in a message).
 */
final class JsonCalls {

    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final MediaType JSON_TYPE = MediaType.get("application/json");

    private final OkHttpClient http;
    private final Clock clock;

    JsonCalls(OkHttpClient http, Clock clock) {
        this.http = http;
        this.clock = clock;
    }

    static RequestBody body(Object document) {
        return RequestBody.create(JSON.writeValueAsString(document), JSON_TYPE);
    }

    /** Runs {@code request}; returns the JSON body of a 2xx answer (an empty object for 204). */
    JsonNode call(Request request) throws IOException, ApiException {
        try (Response response = http.newCall(request).execute()) {
            String text = response.body().string();
            if (!response.isSuccessful()) {
                throw error(response, text);
            }
            if (text.isEmpty()) {
                return JSON.createObjectNode();
            }
            try {
                return JSON.readTree(text);
            } catch (JacksonException e) {
                throw new IOException("the server answered " + request.url().encodedPath() + " with invalid JSON", e);
            }
        }
    }

    private ApiException error(Response response, String text) {
        String code = "";
        String message = "";
        try {
            JsonNode doc = JSON.readTree(text);
            code = doc.path("error").asString("");
            message = doc.path("message").asString("");
        } catch (JacksonException e) {
            message = "(no error document)";
        }
        return new ApiException(response.code(), code, message, RetryAfter.parse(response.header("Retry-After"), clock));
    }
}
