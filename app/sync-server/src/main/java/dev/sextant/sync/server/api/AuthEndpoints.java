package dev.sextant.sync.server.api;

import dev.sextant.sync.server.auth.AccessTokens;
import dev.sextant.sync.server.auth.PasswordHasher;
import dev.sextant.sync.server.auth.SlidingWindowLimiter;
import dev.sextant.sync.server.http.ApiError;
import dev.sextant.sync.server.http.Exchange;
import dev.sextant.sync.server.store.Account;
import dev.sextant.sync.server.store.AccountStore;
import dev.sextant.sync.server.store.AuditLog;
import dev.sextant.sync.server.store.RefreshTokenStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * Register, login, refresh (rotating, with reuse detection), logout and me. Every auth request counts against its
 * client address (20 a minute); failed logins count against the account (5 in 15 minutes); over either, 429.
 */
final class AuthEndpoints {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    static final int MIN_PASSWORD = 8;
    /** bcrypt reads at most 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final AccountStore accounts;
    private final RefreshTokenStore refreshTokens;
    private final AccessTokens accessTokens;
    private final PasswordHasher passwords;
    private final AuditLog audit;
    private final SlidingWindowLimiter perAddress;
    private final SlidingWindowLimiter failedLogins;
    private final Authenticator authenticator;

    AuthEndpoints(AccountStore accounts, RefreshTokenStore refreshTokens, AccessTokens accessTokens, PasswordHasher passwords,
            AuditLog audit, SlidingWindowLimiter perAddress, SlidingWindowLimiter failedLogins) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.audit = audit;
        this.perAddress = perAddress;
        this.failedLogins = failedLogins;
        this.authenticator = new Authenticator(accessTokens);
    }

    void register(Exchange ex) throws IOException {
        limitAddress(ex);
        JsonNode body = ex.json();
        String email = email(body);
        String password = password(body);
        Account account = accounts.create(email, passwords.hash(password))
                .orElseThrow(() -> new ApiError(409, "email_taken", "an account with this e-mail exists; sign in instead"));
        audit.record(account.id(), "register", email, ip(ex));
        ex.send(201, tokens(account.id(), Optional.of(refreshTokens.issue(account.id()))));
    }

    void login(Exchange ex) throws IOException {
        limitAddress(ex);
        JsonNode body = ex.json();
        String email = email(body);
        String password = Exchange.text(body, "password");
        Optional<java.time.Duration> wait = failedLogins.check(email);
        if (wait.isPresent()) {
            throw new ApiError(429, "too_many_failed_logins", "too many failed sign-ins for this account; try again later", wait);
        }
        Optional<Account> account = accounts.byEmail(email);
        boolean ok = account.isPresent() && passwords.matches(password, account.get().passwordHash());
        if (account.isEmpty()) {
            passwords.matchNothing(password);
        }
        if (!ok) {
            failedLogins.record(email);
            audit.record(account.map(Account::id).orElse(null), "sign_in_failed", email, ip(ex));
            throw new ApiError(401, "invalid_credentials", "wrong e-mail or password");
        }
        audit.record(account.get().id(), "sign_in", email, ip(ex));
        ex.send(200, tokens(account.get().id(), Optional.of(refreshTokens.issue(account.get().id()))));
    }

    void refresh(Exchange ex) throws IOException {
        limitAddress(ex);
        String token = Exchange.text(ex.json(), "refresh_token");
        switch (refreshTokens.rotate(token)) {
            case RefreshTokenStore.Rotation.Rotated r -> ex.send(200, tokens(r.accountId(), Optional.of(r.next())));
            case RefreshTokenStore.Rotation.Reused r -> {
                audit.record(r.accountId(), "refresh_reuse", "a spent refresh token was presented again; its sessions are revoked", ip(ex));
                throw new ApiError(401, "invalid_refresh_token", "the refresh token was used before; sign in again");
            }
            case RefreshTokenStore.Rotation.Refused r ->
                    throw new ApiError(401, "invalid_refresh_token", "the refresh token is unknown, revoked or expired");
        }
    }

    void logout(Exchange ex) throws IOException {
        limitAddress(ex);
        refreshTokens.revoke(Exchange.text(ex.json(), "refresh_token"));
        ex.sendEmpty(204);
    }

    void me(Exchange ex) throws IOException {
        long id = authenticator.account(ex);
        Account account = accounts.byId(id).orElseThrow(() -> new ApiError(401, "invalid_token", "the account no longer exists"));
        ex.send(200, Map.of("id", Long.toString(account.id()), "email", account.email()));
    }

    private Map<String, Object> tokens(long accountId, Optional<String> refresh) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("access_token", accessTokens.issue(accountId));
        m.put("token_type", "Bearer");
        m.put("expires_in", accessTokens.lifetime().toSeconds());
        refresh.ifPresent(r -> {
            m.put("refresh_token", r);
            m.put("refresh_expires_in", refreshTokens.lifetime().toSeconds());
        });
        return m;
    }

    private void limitAddress(Exchange ex) {
        Optional<java.time.Duration> wait = perAddress.acquire(ip(ex));
        if (wait.isPresent()) {
            throw new ApiError(429, "rate_limited", "too many sign-in requests from this address; slow down", wait);
        }
    }

    private static String ip(Exchange ex) {
        return ex.client().getHostAddress();
    }

    private static String email(JsonNode body) {
        String email = Exchange.text(body, "email").strip().toLowerCase(Locale.ROOT);
        if (email.length() > 254 || !EMAIL.matcher(email).matches()) {
            throw new ApiError(422, "invalid_field", "'email' is not an e-mail address: '" + abbreviate(email) + "'");
        }
        return email;
    }

    private static String password(JsonNode body) {
        String password = Exchange.text(body, "password");
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (password.length() < MIN_PASSWORD || bytes > MAX_PASSWORD_BYTES) {
            throw new ApiError(422, "invalid_field", "'password' must have at least " + MIN_PASSWORD + " characters and at most "
                    + MAX_PASSWORD_BYTES + " bytes, got " + password.length() + " characters (" + bytes + " bytes)");
        }
        return password;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }
}
