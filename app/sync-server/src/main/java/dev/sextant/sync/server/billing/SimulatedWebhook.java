package dev.sextant.sync.server.billing;

import com.stripe.Stripe;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A {@code customer.subscription.updated} event in Stripe's shape for an account's e-mail, signed the way Stripe
 * signs ({@code Stripe-Signature: t=<seconds>,v1=<HMAC-SHA256 of "t.payload">}) with the server's own webhook
 * secret. How a local user or a test subscribes without Stripe.
 */
public record SimulatedWebhook(String payload, String signature) {

    /** The Stripe statuses simulate-webhook offers. */
    public static final java.util.List<String> STATUSES = java.util.List.of("trialing", "active", "past_due", "canceled");

    public static SimulatedWebhook subscription(String email, String stripeStatus, String secret, Instant now) {
        if (!STATUSES.contains(stripeStatus)) {
            throw new IllegalArgumentException("--status: one of " + STATUSES + ", got '" + stripeStatus + "'");
        }
        long created = now.getEpochSecond();
        long periodEnd = now.plus(Duration.ofDays(30)).getEpochSecond();
        String subscription = "sub_local_" + UUID.nameUUIDFromBytes(email.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8))
                .toString().replace("-", "").substring(0, 16);
        String payload = """
                {"id":"evt_local_%s","object":"event","api_version":"%s","created":%d,"livemode":false,"pending_webhooks":1,\
                "type":"customer.subscription.updated","data":{"object":{"id":"%s","object":"subscription","status":"%s",\
                "created":%d,"metadata":{"account_email":"%s"},"items":{"object":"list","data":[{"id":"si_local","object":\
                "subscription_item","current_period_start":%d,"current_period_end":%d}]}}}}"""
                .formatted(UUID.randomUUID().toString().replace("-", ""), Stripe.API_VERSION, created, subscription, stripeStatus,
                        created, email.replace("\\", "\\\\").replace("\"", "\\\""), created, periodEnd);
        return new SimulatedWebhook(payload, sign(payload, secret, now));
    }

    /** The {@code Stripe-Signature} header for {@code payload} at {@code at}. */
    public static String sign(String payload, String secret, Instant at) {
        long t = at.getEpochSecond();
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "t=" + t + ",v1=" + HexFormat.of().formatHex(mac.doFinal((t + "." + payload).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is required of every Java runtime", e);
        }
    }
}
