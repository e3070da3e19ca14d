package dev.sextant.cloud.sync.it;

import dev.sextant.cloud.sync.server.ReferenceServer;
import dev.sextant.cloud.sync.server.StripeSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

/** Sends Stripe-style subscription events to the reference server over HTTP, signed like Stripe does. */
public final class Webhooks {

    private final ReferenceServer server;
    private final StripeSignature signature;
    private final HttpClient http = HttpClient.newHttpClient();

    public Webhooks(ReferenceServer server, String secret) {
        this.server = server;
        this.signature = new StripeSignature(secret);
    }

    /** Sets {@code email}'s subscription to the Stripe {@code status}; returns the HTTP status of the answer. */
    public int subscriptionUpdated(String email, String stripeStatus) {
        String body = event(email, stripeStatus); // built once: it holds the clock, which may tick between two builds
        return send(body, signature.header(body, server.clock().instant()));
    }

    /** The same event with a signature made with the wrong secret. */
    public int forged(String email, String stripeStatus) {
        String body = event(email, stripeStatus);
        return send(body, new StripeSignature("not-the-secret").header(body, server.clock().instant()));
    }

    private String event(String email, String status) {
        long periodEnd = server.clock().instant().plus(Duration.ofDays(30)).getEpochSecond();
        return """
                {"id":"evt_%s","type":"customer.subscription.updated","created":%d,
                 "data":{"object":{"customer_email":"%s","status":"%s","current_period_end":%d}}}"""
                .formatted(UUID.nameUUIDFromBytes((email + status + periodEnd).getBytes()), server.clock().instant().getEpochSecond(),
                        email, status, periodEnd);
    }

    private int send(String body, String signatureHeader) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.baseUrl() + "webhooks/stripe"))
                .header("Stripe-Signature", signatureHeader).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while sending a webhook", e);
        }
    }
}
