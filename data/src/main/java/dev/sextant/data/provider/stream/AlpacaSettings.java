package dev.sextant.data.provider.stream;

import dev.sextant.engine.settings.SettingsStore;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import okhttp3.HttpUrl;

/**
 * How to reach Alpaca's market data, read from the settings:
 * <ul>
 *   <li>{@code provider.alpaca.key-id} and {@code provider.alpaca.secret}: the API key pair;</li>
 *   <li>{@code provider.alpaca.feed}: {@code iex} (free plan, the default) or {@code sip} (paid plan);</li>
 *   <li>{@code provider.alpaca.stream-url}: the websocket base, default {@code wss://stream.data.alpaca.markets/v2};
 *       the feed is appended as the last path segment;</li>
 *   <li>{@code provider.alpaca.url}: the REST base used for backfills, default {@code https://data.alpaca.markets};</li>
 *   <li>{@code provider.alpaca.delayed-after-seconds}: how old the newest bar's close may get before the stream
 *       reports {@code DELAYED}, default 180;</li>
 *   <li>{@code provider.alpaca.buffer-bars}: how many bars and status changes may wait for a slow listener before
 *       the socket reader waits too, default 100000.</li>
 * </ul>
 * The system properties {@code sextant.provider.alpaca.url} and {@code sextant.provider.alpaca.stream-url} win over
 * the settings, as for the REST providers. {@link #toString()} never shows the secret.
 */
public record AlpacaSettings(String keyId, String secret, String feed, String streamUrl, HttpUrl restUrl,
                             Duration delayedAfter, int bufferCapacity) {

    public static final String KEY_ID = "provider.alpaca.key-id";
    public static final String SECRET = "provider.alpaca.secret";
    public static final String FEED = "provider.alpaca.feed";
    public static final String STREAM_URL = "provider.alpaca.stream-url";
    public static final String URL = "provider.alpaca.url";
    public static final String DELAYED_AFTER = "provider.alpaca.delayed-after-seconds";
    public static final String BUFFER = "provider.alpaca.buffer-bars";
    private static final Set<String> FEEDS = Set.of("iex", "sip");

    public AlpacaSettings {
        keyId = keyId == null ? "" : keyId.strip();
        secret = secret == null ? "" : secret.strip();
        if (!FEEDS.contains(feed)) {
            throw new IllegalArgumentException(FEED + " = '" + feed + "' is not a feed (known: iex, sip)");
        }
        if (!(streamUrl.startsWith("ws://") || streamUrl.startsWith("wss://"))) {
            throw new IllegalArgumentException(STREAM_URL + " = '" + streamUrl + "' is not a ws:// or wss:// URL");
        }
        if (delayedAfter.isNegative() || delayedAfter.isZero()) {
            throw new IllegalArgumentException(DELAYED_AFTER + " must be positive, not " + delayedAfter.toSeconds());
        }
        if (bufferCapacity < 1) {
            throw new IllegalArgumentException(BUFFER + " must be at least 1, not " + bufferCapacity);
        }
    }

    public static AlpacaSettings from(SettingsStore settings) {
        String streamUrl = property("stream-url").or(() -> settings.get(STREAM_URL))
                .orElse("wss://stream.data.alpaca.markets/v2").strip();
        String rest = property("url").or(() -> settings.get(URL)).orElse("https://data.alpaca.markets").strip();
        HttpUrl restUrl = HttpUrl.parse(rest);
        if (restUrl == null) {
            throw new IllegalArgumentException(URL + " = '" + rest + "' is not an http(s) URL");
        }
        return new AlpacaSettings(settings.get(KEY_ID).orElse(""), settings.get(SECRET).orElse(""),
                settings.get(FEED).orElse("iex").strip(), streamUrl, restUrl,
                Duration.ofSeconds(whole(settings, DELAYED_AFTER, 180)), (int) whole(settings, BUFFER, 100_000));
    }

    public boolean hasKeys() {
        return !keyId.isEmpty() && !secret.isEmpty();
    }

    /** The websocket URL of the feed, e.g. {@code wss://stream.data.alpaca.markets/v2/iex}. */
    public String socketUrl() {
        return (streamUrl.endsWith("/") ? streamUrl : streamUrl + "/") + feed;
    }

    /** The secrets that messages must never show. */
    public List<String> secrets() {
        return Stream.of(keyId, secret).filter(s -> !s.isEmpty()).toList();
    }

    @Override
    public String toString() {
        return "AlpacaSettings[feed=" + feed + ", stream=" + socketUrl() + ", rest=" + restUrl + ", keys="
                + (hasKeys() ? "set" : "missing") + "]";
    }

    private static Optional<String> property(String name) {
        return Optional.ofNullable(System.getProperty("sextant.provider.alpaca." + name));
    }

    private static long whole(SettingsStore settings, String name, long fallback) {
        Optional<String> value = settings.get(name);
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            return Long.parseLong(value.get().strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting " + name + " = '" + value.get() + "' is not a whole number");
        }
    }
}
