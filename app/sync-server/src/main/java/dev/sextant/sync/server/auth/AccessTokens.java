package dev.sextant.sync.server.auth;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** HS256 access tokens: subject the account id, signed with the configured key, expiring after the lifetime. */
public final class AccessTokens {

    static final String ISSUER = "sextant-sync-server";
    /** HS256 needs a key of at least 256 bits. */
    public static final int MIN_KEY_BYTES = 32;

    /** Why a token was refused. */
    public static final class Refused extends Exception {
        private final boolean expired;

        Refused(boolean expired, String message) {
            super(message);
            this.expired = expired;
        }

        public boolean expired() {
            return expired;
        }
    }

    private final Algorithm algorithm;
    private final JWTVerifier verifier;
    private final Clock clock;
    private final Duration lifetime;

    public AccessTokens(String key, Clock clock, Duration lifetime) {
        if (key.getBytes(StandardCharsets.UTF_8).length < MIN_KEY_BYTES) {
            throw new IllegalArgumentException("SYNC_JWT_SECRET: the JWT signing key must be at least " + MIN_KEY_BYTES
                    + " bytes, got " + key.getBytes(StandardCharsets.UTF_8).length);
        }
        this.algorithm = Algorithm.HMAC256(key.getBytes(StandardCharsets.UTF_8));
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer(ISSUER)).build(clock);
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    public String issue(long accountId) {
        return JWT.create().withIssuer(ISSUER).withSubject(Long.toString(accountId)).withIssuedAt(clock.instant())
                .withExpiresAt(clock.instant().plus(lifetime)).withJWTId(UUID.randomUUID().toString()).sign(algorithm);
    }

    /** The account id of a valid token. */
    public long accountOf(String token) throws Refused {
        try {
            return Long.parseLong(verifier.verify(token).getSubject());
        } catch (TokenExpiredException e) {
            throw new Refused(true, "the access token expired");
        } catch (JWTVerificationException | NumberFormatException e) {
            throw new Refused(false, "the access token is not valid");
        }
    }
}
