package dev.sextant.sync.server.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One request and its answer: the body read with a size limit, JSON in and out, the query, the client address. */
public final class Exchange {

    public static final JsonMapper JSON = JsonMapper.builder().build();
    /** Bodies larger than this get 413. */
    public static final int MAX_BODY = 1 << 20;

    private final HttpExchange http;
    private final InetAddress client;
    private byte[] body;

    Exchange(HttpExchange http, InetAddress client) {
        this.http = http;
        this.client = client;
    }

    public InetAddress client() {
        return client;
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(http.getRequestHeaders().getFirst(name));
    }

    /** The raw body, at most {@link #MAX_BODY} bytes, else 413. */
    public byte[] body() throws IOException {
        if (body == null) {
            String length = http.getRequestHeaders().getFirst("Content-Length");
            if (length != null && length.matches("\\d{1,18}") && Long.parseLong(length) > MAX_BODY) {
                throw tooLarge();
            }
            try (InputStream in = http.getRequestBody()) {
                byte[] read = in.readNBytes(MAX_BODY + 1);
                if (read.length > MAX_BODY) {
                    throw tooLarge();
                }
                body = read;
            }
        }
        return body;
    }

    /** The body as a JSON object, else 400. */
    public JsonNode json() throws IOException {
        JsonNode node;
        try {
            node = JSON.readTree(body());
        } catch (JacksonException e) {
            throw new ApiError(400, "bad_json", "the body is not valid JSON: " + e.getOriginalMessage());
        }
        if (node == null || !node.isObject()) {
            throw new ApiError(400, "bad_json", "the body must be a JSON object");
        }
        return node;
    }

    /** A required string field of a JSON body, else 422 naming it. */
    public static String text(JsonNode body, String field) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            throw new ApiError(422, "invalid_field", "'" + field + "' is required");
        }
        if (!value.isString()) {
            throw new ApiError(422, "invalid_field", "'" + field + "' must be a string, got " + value.getNodeType().name().toLowerCase(java.util.Locale.ROOT));
        }
        return value.asString();
    }

    public Map<String, String> query() {
        Map<String, String> q = new LinkedHashMap<>();
        String raw = http.getRequestURI().getRawQuery();
        if (raw != null && !raw.isEmpty()) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                q.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return q;
    }

    public void send(int status, Object document) throws IOException {
        sendJson(status, JSON.writeValueAsString(document));
    }

    public void sendJson(int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        http.getResponseHeaders().set("Content-Type", "application/json");
        http.getResponseHeaders().set("Cache-Control", "no-store");
        http.sendResponseHeaders(status, bytes.length);
        http.getResponseBody().write(bytes);
    }

    public void sendEmpty(int status) throws IOException {
        http.sendResponseHeaders(status, -1);
    }

    void setHeader(String name, String value) {
        http.getResponseHeaders().set(name, value);
    }

    /**
     * 413, telling the client not to reuse the connection: the rest of the body is left unread, so the server closes
     * it, and a client that pooled it would send its next request into a closed socket.
     */
    private ApiError tooLarge() {
        http.getResponseHeaders().set("Connection", "close");
        return new ApiError(413, "body_too_large", "the body is larger than " + MAX_BODY + " bytes");
    }
}
