package dev.sextant.cloud.sync.server;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Users, their passwords and subscriptions, and the refresh tokens issued to them (7 days). */
final class Accounts {

    static final Duration REFRESH_LIFETIME = Duration.ofDays(7);

    record Plan(String status, Instant periodEnd) {
    }

    private record Refresh(String email, Instant expires) {
    }

    private final SecureRandom random = new SecureRandom();
    private final ServerClock clock;
    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, Plan> plans = new ConcurrentHashMap<>();
    private final Map<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final java.util.Set<String> suspended = ConcurrentHashMap.newKeySet();

    Accounts(ServerClock clock) {
        this.clock = clock;
    }

    void addUser(String email, String password, String status) {
        passwords.put(email, password);
        plans.put(email, new Plan(status, clock.instant().plus(Duration.ofDays(30))));
    }

    boolean checkPassword(String email, String password) {
        return password != null && password.equals(passwords.get(email));
    }

    String issueRefreshToken(String email) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "rt_" + HexFormat.of().formatHex(bytes);
        refreshTokens.put(token, new Refresh(email, clock.instant().plus(REFRESH_LIFETIME)));
        return token;
    }

    /** The user of a live refresh token. */
    Optional<String> refreshUser(String token) {
        Refresh r = token == null ? null : refreshTokens.get(token);
        return r == null || !clock.instant().isBefore(r.expires()) ? Optional.empty() : Optional.of(r.email());
    }

    void revoke(String token) {
        if (token != null) {
            refreshTokens.remove(token);
        }
    }

    int liveRefreshTokens() {
        return refreshTokens.size();
    }

    void suspend(String email) {
        suspended.add(email);
    }

    boolean isSuspended(String email) {
        return suspended.contains(email);
    }

    Plan plan(String email) {
        return plans.get(email);
    }

    boolean allowsPush(String email) {
        String s = plans.get(email).status();
        return s.equals("trial") || s.equals("active");
    }

    void setPlan(String email, String status, Instant periodEnd) {
        if (!passwords.containsKey(email)) {
            throw new IllegalArgumentException("no customer " + email);
        }
        plans.put(email, new Plan(status, periodEnd));
    }
}
