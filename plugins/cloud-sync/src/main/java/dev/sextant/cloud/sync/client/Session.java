package dev.sextant.cloud.sync.client;

import dev.sextant.cloud.sync.token.TokenStore;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The signed-in state: the access token in memory only, the refresh token in a {@link TokenStore}.
 * {@link #accessToken()} refreshes when there is none yet or it is about to expire, and
 * {@link #refreshAfterRejection(String)} when the server rejected one; concurrent callers share
 * one refresh. A refresh the server refuses with 401 means the sign-in is over: the tokens are wiped.
 */
public final class Session {

    private static final Duration EARLY = Duration.ofSeconds(30);

    private final AuthApi auth;
    private final TokenStore store;
    private final Clock clock;
    private String access;
    private Instant accessExpires = Instant.MIN;

    public Session(AuthApi auth, TokenStore store, Clock clock) {
        this.auth = auth;
        this.store = store;
        this.clock = clock;
    }

    public synchronized void login(String email, String password) throws IOException, ApiException {
        keepSignIn(auth.login(email, password));
    }

    /** Creates the account and keeps its sign-in. */
    public synchronized void register(String email, String password) throws IOException, ApiException {
        keepSignIn(auth.register(email, password));
    }

    private void keepSignIn(TokenPair tokens) throws IOException {
        store.save(tokens.refreshToken().orElseThrow(() -> new IOException("the server's login answer has no refresh_token")));
        keep(tokens);
    }

    /** Revokes the refresh token on the server when it can be reached, and wipes both tokens here in any case. */
    public synchronized void logout() throws IOException {
        Optional<String> refresh = store.load();
        access = null;
        accessExpires = Instant.MIN;
        store.clear();
        if (refresh.isPresent()) {
            try {
                auth.logout(refresh.get());
            } catch (ApiException e) {
                throw new IOException("signed out here; the server refused to revoke the session: " + e.getMessage(), e);
            }
        }
    }

    public synchronized boolean signedIn() throws IOException {
        return access != null || store.load().isPresent();
    }

    /** A usable access token, or empty when not signed in. */
    public synchronized Optional<String> accessToken() throws IOException {
        if (access != null && clock.instant().isBefore(accessExpires.minus(EARLY))) {
            return Optional.of(access);
        }
        return refresh();
    }

    /** The server rejected {@code rejected}: refresh unless another caller already did. */
    public synchronized Optional<String> refreshAfterRejection(String rejected) throws IOException {
        if (access != null && !access.equals(rejected)) {
            return Optional.of(access);
        }
        return refresh();
    }

    private Optional<String> refresh() throws IOException {
        access = null;
        Optional<String> refresh = store.load();
        if (refresh.isEmpty()) {
            return Optional.empty();
        }
        try {
            TokenPair tokens = auth.refresh(refresh.get());
            if (tokens.refreshToken().isPresent()) {
                store.save(tokens.refreshToken().get());
            }
            keep(tokens);
            return Optional.of(access);
        } catch (ApiException e) {
            if (e.status() == 401) {
                store.clear();
                return Optional.empty();
            }
            throw new IOException("token refresh failed: " + e.getMessage(), e);
        }
    }

    private void keep(TokenPair tokens) {
        access = tokens.accessToken();
        accessExpires = clock.instant().plus(tokens.accessLifetime());
    }
}
