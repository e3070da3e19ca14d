package dev.sextant.cloud.sync.server;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stripe-style webhook signatures: header {@code t=<unix seconds>,v1=<hex>} where the hex is
 * HMAC-SHA256 over {@code "<t>.<body>"} with the endpoint secret. Verification compares in
 * constant time and refuses timestamps further than five minutes from now.
 */
public final class StripeSignature {

    static final Duration TOLERANCE = Duration.ofMinutes(5);

    private final byte[] secret;

    public StripeSignature(String secret) {
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    public String header(String body, Instant at) {
        long t = at.getEpochSecond();
        return "t=" + t + ",v1=" + HexFormat.of().formatHex(hmac(t + "." + body));
    }

    boolean verify(String body, String header, Instant now) {
        if (header == null) {
            return false;
        }
        long t = -1;
        String v1 = null;
        for (String part : header.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length == 2 && kv[0].equals("t") && kv[1].matches("\\d{1,12}")) {
                t = Long.parseLong(kv[1]);
            } else if (kv.length == 2 && kv[0].equals("v1")) {
                v1 = kv[1];
            }
        }
        if (t < 0 || v1 == null || !v1.matches("[0-9a-f]{64}")) {
            return false;
        }
        if (Duration.between(Instant.ofEpochSecond(t), now).abs().compareTo(TOLERANCE) > 0) {
            return false;
        }
        return MessageDigest.isEqual(hmac(t + "." + body), HexFormat.of().parseHex(v1));
    }

    private byte[] hmac(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
