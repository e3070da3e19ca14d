package dev.sextant.cloud.sync.client;

import java.time.Instant;
import java.util.Optional;

/** The user's plan: status, plan name and the end of the current period (if the server knows one). */
public record Subscription(SubscriptionStatus status, String plan, Optional<Instant> periodEnd) {
}
