package dev.sextant.sync.server.store;

import static dev.sextant.sync.server.store.Schema.REFRESH;
import static dev.sextant.sync.server.store.Schema.REFRESH_ACCOUNT;
import static dev.sextant.sync.server.store.Schema.REFRESH_EXPIRES;
import static dev.sextant.sync.server.store.Schema.REFRESH_FAMILY;
import static dev.sextant.sync.server.store.Schema.REFRESH_HASH;
import static dev.sextant.sync.server.store.Schema.REFRESH_REVOKED;
import static dev.sextant.sync.server.store.Schema.REFRESH_USED;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * Refresh tokens with rotation and reuse detection. Only a SHA-256 of each token is stored. A refresh spends the
 * token and issues the next one of its family; a spent token presented again means it was copied, so the whole
 * family is revoked.
 */
public final class RefreshTokenStore {

    /** What a presented refresh token turned out to be. */
    public sealed interface Rotation {
        /** Valid: spent now; {@code next} replaces it. */
        record Rotated(long accountId, String next) implements Rotation {
        }

        /** Spent before: the family is revoked now. */
        record Reused(long accountId) implements Rotation {
        }

        /** Unknown, expired or revoked. */
        record Refused() implements Rotation {
        }
    }

    private final DSLContext dsl;
    private final Clock clock;
    private final Duration lifetime;
    private final SecureRandom random = new SecureRandom();

    public RefreshTokenStore(DSLContext dsl, Clock clock, Duration lifetime) {
        this.dsl = dsl;
        this.clock = clock;
        this.lifetime = lifetime;
    }

    public Duration lifetime() {
        return lifetime;
    }

    /** A new token starting a new family (a sign-in). */
    public String issue(long accountId) {
        return issue(dsl, accountId, UUID.randomUUID());
    }

    public Rotation rotate(String token) {
        return dsl.transactionResult(cfg -> {
            DSLContext tx = cfg.dsl();
            var row = tx.select(REFRESH_ACCOUNT, REFRESH_FAMILY, REFRESH_EXPIRES, REFRESH_USED, REFRESH_REVOKED).from(REFRESH)
                    .where(REFRESH_HASH.eq(hash(token))).forUpdate().fetchOptional();
            if (row.isEmpty()) {
                return new Rotation.Refused();
            }
            var r = row.get();
            OffsetDateTime now = now();
            if (r.value4() != null && r.value5() == null) {
                tx.update(REFRESH).set(REFRESH_REVOKED, now).where(REFRESH_FAMILY.eq(r.value2())).and(REFRESH_REVOKED.isNull()).execute();
                return new Rotation.Reused(r.value1());
            }
            if (r.value5() != null || r.value4() != null || !now.isBefore(r.value3())) {
                return new Rotation.Refused();
            }
            tx.update(REFRESH).set(REFRESH_USED, now).where(REFRESH_HASH.eq(hash(token))).execute();
            return new Rotation.Rotated(r.value1(), issue(tx, r.value1(), r.value2()));
        });
    }

    /** Revokes the token's family (sign-out); unknown tokens are ignored. */
    public void revoke(String token) {
        dsl.update(REFRESH).set(REFRESH_REVOKED, now())
                .where(REFRESH_FAMILY.in(dsl.select(REFRESH_FAMILY).from(REFRESH).where(REFRESH_HASH.eq(hash(token)))))
                .and(REFRESH_REVOKED.isNull()).execute();
    }

    private String issue(DSLContext tx, long accountId, UUID family) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String token = "rt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        tx.insertInto(REFRESH).columns(REFRESH_HASH, REFRESH_ACCOUNT, REFRESH_FAMILY, REFRESH_EXPIRES)
                .values(hash(token), accountId, family, now().plus(lifetime)).execute();
        return token;
    }

    private OffsetDateTime now() {
        return clock.instant().atOffset(ZoneOffset.UTC);
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
