package dev.sextant.data.provider;

import okhttp3.HttpUrl;

/**
 * Where and how fast one provider is asked.
 *
 * @param baseUrl           scheme, host and port (and a path prefix, if any) of the API
 * @param requestsPerMinute the provider host's rate limit
 * @param apiKey            the key, or empty when none is set
 */
public record ProviderConfig(HttpUrl baseUrl, double requestsPerMinute, String apiKey) {

    public ProviderConfig {
        if (!(requestsPerMinute > 0)) {
            throw new IllegalArgumentException("requests per minute must be positive, not " + requestsPerMinute);
        }
        apiKey = apiKey == null ? "" : apiKey.strip();
    }

    public boolean hasApiKey() {
        return !apiKey.isEmpty();
    }
}
