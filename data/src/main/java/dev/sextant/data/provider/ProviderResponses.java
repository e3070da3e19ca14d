package dev.sextant.data.provider;

import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataRequest;
import dev.sextant.engine.spi.ProviderCapabilities;
import dev.sextant.engine.spi.MarketDataException.Problem;
import java.util.Locale;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Checks shared by the providers: HTTP failures, content types, JSON bodies, and short quotes of bodies for messages. */
final class ProviderResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int QUOTE_LENGTH = 120;

    private ProviderResponses() {
    }

    static void requireTimeframe(String provider, ProviderCapabilities capabilities, MarketDataRequest request) {
        if (!capabilities.supports(request.timeframe())) {
            throw new MarketDataException(provider, request.symbol(), Problem.NO_DATA,
                    "timeframe " + request.timeframe().code() + " is not offered by this provider");
        }
    }

    static MarketDataException failure(FetchTarget target, Problem problem, String detail) {
        return new MarketDataException(target.provider(), target.symbol(), problem, target.redact(detail));
    }

    /** The failure for a non-2xx answer; {@code detail} is what the provider's error body says (may be empty). */
    static MarketDataException httpFailure(FetchTarget target, HttpAnswer answer, String detail) {
        Problem problem = switch (answer.code()) {
            case 401, 403 -> Problem.NOT_AUTHORIZED;
            case 404 -> Problem.NO_DATA;
            case 429 -> Problem.RATE_LIMITED;
            default -> answer.code() >= 500 ? Problem.TRANSIENT : Problem.BAD_RESPONSE;
        };
        String text = detail.isBlank() ? quote(answer.body()) : detail;
        String wait = answer.code() == 429 && !answer.retryAfter().isBlank()
                ? " (server asks to wait " + answer.retryAfter().strip() + " s)" : "";
        return failure(target, problem, "HTTP " + answer.code() + wait + (text.isEmpty() ? "" : ": " + text));
    }

    /** The body parsed as JSON, after checking that it is JSON at all. */
    static JsonNode json(FetchTarget target, HttpAnswer answer) {
        requireContentType(target, answer, "json");
        if (answer.body().isBlank()) {
            throw failure(target, Problem.BAD_RESPONSE, "empty response body");
        }
        try {
            return JSON.readTree(answer.body());
        } catch (JacksonException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + " column " + at.getColumnNr();
            throw failure(target, Problem.BAD_RESPONSE, "malformed JSON" + where + ": " + firstLine(e.getOriginalMessage()));
        }
    }

    /** The body parsed as JSON when it is JSON, else a missing node (for error bodies that may be anything). */
    static JsonNode jsonOrMissing(HttpAnswer answer) {
        if (!answer.contentType().toLowerCase(Locale.ROOT).contains("json")) {
            return JSON.missingNode();
        }
        try {
            return JSON.readTree(answer.body());
        } catch (JacksonException e) {
            return JSON.missingNode();
        }
    }

    static void requireContentType(FetchTarget target, HttpAnswer answer, String expected) {
        String type = answer.contentType().toLowerCase(Locale.ROOT);
        if (!type.contains(expected)) {
            throw failure(target, Problem.BAD_RESPONSE, "expected " + expected.toUpperCase(Locale.ROOT) + " but got content type '"
                    + answer.contentType() + "'" + (answer.body().isBlank() ? "" : ": " + quote(answer.body())));
        }
    }

    /** The start of a body on one line, for messages. */
    static String quote(String body) {
        String line = body.strip().replaceAll("\\s+", " ");
        return line.length() <= QUOTE_LENGTH ? line : line.substring(0, QUOTE_LENGTH) + "…";
    }

    private static String firstLine(String text) {
        String s = String.valueOf(text);
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    /** A text field of {@code node}, or empty. */
    static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isValueNode() ? v.asString() : "";
    }
}
