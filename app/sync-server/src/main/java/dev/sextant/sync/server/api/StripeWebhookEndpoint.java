package dev.sextant.sync.server.api;

import com.stripe.exception.SignatureVerificationException;
import com.stripe.model.Event;
import com.stripe.net.Webhook;
import dev.sextant.sync.server.billing.SubscriptionSync;
import dev.sextant.sync.server.billing.UnknownAccount;
import dev.sextant.sync.server.http.ApiError;
import dev.sextant.sync.server.http.Exchange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/** {@code POST /webhooks/stripe}: verified with the SDK's signature check (5 minutes tolerance), then applied once. */
final class StripeWebhookEndpoint {

    static final long TOLERANCE_SECONDS = 300;

    private final String secret;
    private final SubscriptionSync sync;
    private final Clock clock;

    StripeWebhookEndpoint(String secret, SubscriptionSync sync, Clock clock) {
        this.secret = secret;
        this.sync = sync;
        this.clock = clock;
    }

    void receive(Exchange ex) throws IOException {
        String payload = new String(ex.body(), StandardCharsets.UTF_8);
        String signature = ex.header("Stripe-Signature")
                .orElseThrow(() -> new ApiError(400, "bad_signature", "the Stripe-Signature header is missing"));
        ex.json(); // a body that is not a JSON object gets 400 before the SDK reads it
        Event event;
        try {
            event = Webhook.constructEvent(payload, signature, secret, TOLERANCE_SECONDS, clock);
        } catch (SignatureVerificationException e) {
            throw new ApiError(400, "bad_signature", "the Stripe-Signature header does not verify: " + e.getMessage());
        }
        try {
            ex.send(200, sync.apply(event).describe());
        } catch (UnknownAccount e) {
            throw new ApiError(422, "unknown_account", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new ApiError(422, "invalid_event", e.getMessage());
        }
    }
}
