package dev.sextant.sync.server.billing;

/** What a verified Stripe event did; {@link #describe()} is the webhook's answer. */
public record WebhookOutcome(String result, String detail) {

    static WebhookOutcome applied(String status) {
        return new WebhookOutcome("applied", status);
    }

    static WebhookOutcome duplicate(String eventId) {
        return new WebhookOutcome("duplicate", eventId);
    }

    static WebhookOutcome stale(String eventId) {
        return new WebhookOutcome("stale", eventId);
    }

    static WebhookOutcome ignored(String type) {
        return new WebhookOutcome("ignored", type);
    }

    public java.util.Map<String, String> describe() {
        return java.util.Map.of("result", result, "detail", detail);
    }
}
