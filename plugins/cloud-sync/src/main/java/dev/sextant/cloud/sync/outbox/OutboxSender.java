package dev.sextant.cloud.sync.outbox;

import dev.sextant.cloud.sync.client.ApiException;
import dev.sextant.cloud.sync.client.PushResponse;
import dev.sextant.cloud.sync.client.Subscription;
import dev.sextant.cloud.sync.client.SyncApiClient;
import dev.sextant.engine.spi.SignalOutbox;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drains the outbox in batches. Before the first batch it checks the subscription gate (trial or
 * active). Each batch is sent with its {@link IdempotencyKey}; only after the server accepted it
 * are its entries marked delivered, in one transaction. Network failures, 429 and 5xx are retried
 * with {@link Backoff} (honouring {@code Retry-After}); 401, 402 and 403 end the run with a state
 * that says why. A crash anywhere leaves undelivered entries pending, to be sent again with the
 * same key; the server stores each signal id once.
 */
public final class OutboxSender {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxSender.class);

    private final SignalOutbox outbox;
    private final SyncApiClient api;
    private final Backoff backoff;
    private final Pause pause;
    private final Clock clock;
    private final int batchSize;
    private final int maxConsecutiveFailures;
    private final Duration patience;

    /** A patience no drain reaches: only {@code maxConsecutiveFailures} ends the retries. */
    public static final Duration UNTIL_FAILURES_RUN_OUT = Duration.ofDays(36_500);

    /**
     * {@code patience}: the longest a drain keeps retrying after failures; a wait that would end later stops it
     * (a command a user waits for), while the background sender passes a patience it never reaches.
     */
    public OutboxSender(SignalOutbox outbox, SyncApiClient api, Backoff backoff, Pause pause, Clock clock,
            int batchSize, int maxConsecutiveFailures, Duration patience) {
        if (batchSize < 1 || batchSize > 500) {
            throw new IllegalArgumentException("batch size must be 1..500, got " + batchSize);
        }
        this.outbox = outbox;
        this.api = api;
        this.backoff = backoff;
        this.pause = pause;
        this.clock = clock;
        this.batchSize = batchSize;
        this.maxConsecutiveFailures = maxConsecutiveFailures;
        this.patience = patience;
    }

    /** Sends until the outbox is empty, a stop state is reached, or failures in a row exceed the limit. */
    public SyncOutcome drain() throws InterruptedException {
        int delivered = 0;
        int failures = 0;
        boolean gatePassed = false;
        java.time.Instant giveUp = clock.instant().plus(patience);
        while (true) {
            List<SignalOutbox.Entry> batch = List.of();
            Optional<Duration> retryAfter = Optional.empty();
            String error;
            try {
                if (!gatePassed) {
                    Subscription s = api.subscription();
                    if (!s.status().allowsPush()) {
                        return new SyncOutcome(SyncState.WAITING_FOR_SUBSCRIPTION, delivered, "subscription is "
                                + s.status().code() + ": signals wait until it is trial or active (Subscribe / Manage billing)");
                    }
                    gatePassed = true;
                }
                batch = outbox.pending(batchSize);
                if (batch.isEmpty()) {
                    return new SyncOutcome(SyncState.UP_TO_DATE, delivered, "all signals delivered");
                }
                PushResponse response = api.pushSignals(IdempotencyKey.of(batch), batch.stream().map(SignalOutbox.Entry::payloadJson).toList());
                List<Long> acked = acknowledged(batch, response);
                if (acked.isEmpty()) {
                    return new SyncOutcome(SyncState.REJECTED, delivered, "the server accepted none of a batch of " + batch.size());
                }
                outbox.markDelivered(acked, OffsetDateTime.now(clock));
                delivered += acked.size();
                failures = 0;
                continue;
            } catch (ApiException e) {
                Optional<SyncOutcome> stop = stopState(e, delivered);
                if (stop.isPresent()) {
                    return stop.get();
                }
                retryAfter = e.retryAfter();
                error = e.getMessage();
            } catch (IOException e) {
                error = "cannot reach the server: " + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
            }
            if (!batch.isEmpty()) {
                outbox.recordFailure(batch.stream().map(SignalOutbox.Entry::id).toList(), error);
            }
            failures++;
            if (failures > maxConsecutiveFailures) {
                return new SyncOutcome(SyncState.RETRYING, delivered, failures + " failures in a row, last: " + error);
            }
            Duration wait = backoff.delay(failures, retryAfter);
            if (clock.instant().plus(wait).isAfter(giveUp)) {
                return new SyncOutcome(SyncState.RETRYING, delivered, "gave up after " + failures + " attempts (" + error
                        + "); the signals stay queued and are sent later");
            }
            LOG.debug("sync attempt failed ({}), retrying in {} ms", error, wait.toMillis());
            pause.sleep(wait);
        }
    }

    private static List<Long> acknowledged(List<SignalOutbox.Entry> batch, PushResponse response) {
        Set<String> accepted = new HashSet<>(response.accepted());
        return batch.stream().filter(e -> accepted.contains(e.signalId())).map(SignalOutbox.Entry::id).toList();
    }

    private static Optional<SyncOutcome> stopState(ApiException e, int delivered) {
        int s = e.status();
        if (s == 429 || s == 408 || s >= 500) {
            return Optional.empty();
        }
        SyncState state = switch (s) {
            case 401 -> SyncState.SIGNED_OUT;
            case 402 -> SyncState.WAITING_FOR_SUBSCRIPTION;
            case 403 -> SyncState.FORBIDDEN;
            default -> SyncState.REJECTED;
        };
        String why = switch (state) {
            case SIGNED_OUT -> "not signed in or the sign-in expired: run 'sync login' (" + e.getMessage() + ")";
            case WAITING_FOR_SUBSCRIPTION -> "the subscription does not allow pushing; signals wait (" + e.getMessage() + ")";
            case FORBIDDEN -> "the account may not push signals (" + e.getMessage() + ")";
            default -> "the server refused the batch (" + e.getMessage() + ")";
        };
        return Optional.of(new SyncOutcome(state, delivered, why));
    }
}
