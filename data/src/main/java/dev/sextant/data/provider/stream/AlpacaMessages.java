package dev.sextant.data.provider.stream;

import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The JSON of Alpaca's market-data stream v2: every server frame is an array of messages told
 * apart by {@code "T"}: {@code success} ({@code connected}, {@code authenticated}), {@code subscription},
 * {@code error} (with a numeric code), {@code b} (a minute bar) and {@code u} (an updated minute bar,
 * sent when late trades change a bar already sent). Other types (trades, quotes, statuses) are not
 * subscribed and are skipped.
 */
final class AlpacaMessages {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    sealed interface Message permits Success, Subscribed, Failure, Bar, Malformed {
    }

    /** {@code connected} or {@code authenticated}. */
    record Success(String msg) implements Message {
    }

    /** The server's confirmation of the subscription, with the symbols it now streams bars of. */
    record Subscribed(List<String> bars) implements Message {
    }

    /** An error message, e.g. code 402 {@code auth failed}. */
    record Failure(int code, String msg) implements Message {
    }

    record Bar(StreamedBar bar) implements Message {
    }

    /** A message that is not what the protocol promises; {@code reason} says why (it never quotes the frame). */
    record Malformed(String reason) implements Message {
    }

    private AlpacaMessages() {
    }

    /**
     * The messages of one frame; a message that cannot be read becomes a {@link Malformed} one.
     *
     * @throws IllegalArgumentException saying what is wrong when the frame is not a JSON array
     */
    static List<Message> parse(String frame) {
        JsonNode root;
        try {
            root = JSON.readTree(frame);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("malformed JSON: " + e.getOriginalMessage());
        }
        if (!root.isArray()) {
            throw new IllegalArgumentException("a frame is not a JSON array");
        }
        List<Message> messages = new ArrayList<>();
        for (JsonNode m : root) {
            try {
                message(m).ifPresent(messages::add);
            } catch (IllegalArgumentException e) {
                messages.add(new Malformed(e.getMessage()));
            }
        }
        return messages;
    }

    private static Optional<Message> message(JsonNode m) {
        String type = m.path("T").asString("");
        return switch (type) {
            case "success" -> Optional.of(new Success(m.path("msg").asString("")));
            case "subscription" -> Optional.of(new Subscribed(m.path("bars").valueStream().map(JsonNode::asString).toList()));
            case "error" -> Optional.of(new Failure(m.path("code").asInt(0), m.path("msg").asString("")));
            case "b", "u" -> Optional.of(new Bar(bar(m, type.equals("u"))));
            // trades, quotes, trading statuses and the like are not subscribed
            default -> Optional.empty();
        };
    }

    static String auth(String keyId, String secret) {
        ObjectNode node = JSON.createObjectNode();
        node.put("action", "auth");
        node.put("key", keyId);
        node.put("secret", secret);
        return node.toString();
    }

    static String subscribe(Collection<String> symbols) {
        ObjectNode node = JSON.createObjectNode();
        node.put("action", "subscribe");
        symbols.forEach(node.putArray("bars")::add);
        symbols.forEach(node.putArray("updatedBars")::add);
        return node.toString();
    }

    private static StreamedBar bar(JsonNode m, boolean correction) {
        String symbol = m.path("S").asString("");
        if (symbol.isEmpty()) {
            throw new IllegalArgumentException("a bar without a symbol 'S'");
        }
        Instant start;
        try {
            start = Instant.parse(m.path("t").asString(""));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(symbol + ": a bar with a bad time 't' = '" + e.getParsedString() + "'");
        }
        return new StreamedBar(symbol, start, number(m, symbol, "o"), number(m, symbol, "h"), number(m, symbol, "l"),
                number(m, symbol, "c"), number(m, symbol, "v"), correction);
    }

    private static double number(JsonNode m, String symbol, String field) {
        JsonNode v = m.path(field);
        if (!v.isNumber()) {
            throw new IllegalArgumentException(symbol + ": a bar without a numeric '" + field + "'");
        }
        return v.asDouble();
    }
}
