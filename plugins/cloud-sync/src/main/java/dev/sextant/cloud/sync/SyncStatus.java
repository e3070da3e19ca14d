package dev.sextant.cloud.sync;

import dev.sextant.cloud.sync.client.Subscription;
import java.time.Instant;
import java.util.Optional;

/**
 * What the Account panel and {@code sync status} show. {@code subscription} is empty when the
 * server could not be asked; {@code subscriptionProblem} then says why.
 */
public record SyncStatus(
        boolean signedIn,
        String user,
        String baseUrl,
        Optional<Subscription> subscription,
        String subscriptionProblem,
        int outboxSize,
        int delivered,
        Optional<Instant> lastSuccess,
        String state,
        String lastError,
        String tokenStorage) {
}
