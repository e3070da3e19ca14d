package dev.sextant.data.provider;

import java.util.List;
import okhttp3.HttpUrl;

/**
 * One request to make: who asks (provider and symbol, for messages), the URL, the host's rate
 * limit and the secrets in the URL that must never be shown.
 */
public record FetchTarget(String provider, String symbol, HttpUrl url, double requestsPerMinute, List<String> secrets) {

    public FetchTarget {
        secrets = secrets.stream().filter(s -> s != null && !s.isBlank()).toList();
    }

    /** {@code text} with every secret replaced by {@code ***}. */
    public String redact(String text) {
        String result = text == null ? "" : text;
        for (String secret : secrets) {
            result = result.replace(secret, "***");
        }
        return result;
    }
}
