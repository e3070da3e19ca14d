package dev.sextant.cloud.sync.outbox;

import dev.sextant.engine.spi.SignalOutbox;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * The {@code Idempotency-Key} of a batch: SHA-256 over its signal ids in order. Every attempt of
 * the same batch, also after a restart (pending entries are read in queue order), carries the same key.
 */
public final class IdempotencyKey {

    private IdempotencyKey() {
    }

    public static String of(List<SignalOutbox.Entry> batch) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SignalOutbox.Entry e : batch) {
                sha.update(e.signalId().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) '\n');
            }
            return "sx-" + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
