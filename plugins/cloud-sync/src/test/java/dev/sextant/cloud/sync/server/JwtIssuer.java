package dev.sextant.cloud.sync.server;

import com.auth0.jwt.JWT;
import com.auth0.jwt.JWTVerifier;
import com.auth0.jwt.algorithms.Algorithm;
import com.auth0.jwt.exceptions.JWTVerificationException;
import com.auth0.jwt.exceptions.TokenExpiredException;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

/** Issues HS256 access tokens with an expiry and verifies them against the server clock. */
final class JwtIssuer {

    /** Why a token was refused: {@code token_expired} or {@code invalid_token}. */
    record Refusal(String error, String message) {
    }

    private final Algorithm algorithm = Algorithm.HMAC256(UUID.randomUUID().toString());
    private final ServerClock clock;
    private final Duration lifetime;
    private final JWTVerifier verifier;
    private final java.util.List<String> issued = new java.util.concurrent.CopyOnWriteArrayList<>();

    JwtIssuer(ServerClock clock, Duration lifetime) {
        this.clock = clock;
        this.lifetime = lifetime;
        this.verifier = ((JWTVerifier.BaseVerification) JWT.require(algorithm).withIssuer("sextant-reference")).build(clock);
    }

    Duration lifetime() {
        return lifetime;
    }

    java.util.List<String> issued() {
        return java.util.List.copyOf(issued);
    }

    String issue(String email) {
        String token = JWT.create().withIssuer("sextant-reference").withSubject(email).withIssuedAt(clock.instant())
                .withExpiresAt(clock.instant().plus(lifetime)).withJWTId(UUID.randomUUID().toString()).sign(algorithm);
        issued.add(token);
        return token;
    }

    /** The user of a valid token, or why it is refused. */
    Optional<String> subject(String token, java.util.function.Consumer<Refusal> refused) {
        try {
            return Optional.of(verifier.verify(token).getSubject());
        } catch (TokenExpiredException e) {
            refused.accept(new Refusal("token_expired", "the access token expired"));
        } catch (JWTVerificationException e) {
            refused.accept(new Refusal("invalid_token", "the access token is not valid"));
        }
        return Optional.empty();
    }
}
