package dev.sextant.cloud.sync.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;

/** The unauthenticated token endpoints: login, refresh, logout. */
public final class AuthApi {

    private final BaseUrl base;
    private final JsonCalls calls;

    public AuthApi(BaseUrl base, OkHttpClient http, Clock clock) {
        this.base = base;
        this.calls = new JsonCalls(http, clock);
    }

    public TokenPair login(String email, String password) throws IOException, ApiException {
        return post("auth/login", Map.of("email", email, "password", password));
    }

    /** Creates the account and signs it in (the server answers as to a login). */
    public TokenPair register(String email, String password) throws IOException, ApiException {
        return post("auth/register", Map.of("email", email, "password", password));
    }

    public TokenPair refresh(String refreshToken) throws IOException, ApiException {
        return post("auth/refresh", Map.of("refresh_token", refreshToken));
    }

    public void logout(String refreshToken) throws IOException, ApiException {
        calls.call(new Request.Builder().url(base.resolve("auth/logout"))
                .post(JsonCalls.body(Map.of("refresh_token", refreshToken))).build());
    }

    private TokenPair post(String path, Map<String, String> document) throws IOException, ApiException {
        JsonNode doc = calls.call(new Request.Builder().url(base.resolve(path)).post(JsonCalls.body(document)).build());
        String access = doc.path("access_token").asString("");
        if (access.isEmpty()) {
            throw new IOException("the server's answer to /" + path + " has no access_token");
        }
        String refresh = doc.path("refresh_token").asString("");
        return new TokenPair(access, Duration.ofSeconds(doc.path("expires_in").asLong(0)),
                refresh.isEmpty() ? Optional.empty() : Optional.of(refresh));
    }
}
