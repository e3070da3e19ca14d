package dev.sextant.plugin.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.spi.SignalOutbox;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The in-memory outbox behaves as the workstation's: queuing switch, backfill, delivery and retry counts. */
class InMemorySignalOutboxTest {

    static final OffsetDateTime T1 = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);
    static final OffsetDateTime T2 = T1.plusMinutes(5);

    @Test
    void signalsSavedWhileQueuingIsOffWaitForTheBackfill() {
        InMemorySignalOutbox outbox = new InMemorySignalOutbox();
        outbox.signalSaved("a", "{\"s\":\"a\"}");
        assertThat(outbox.pendingCount()).isZero();
        outbox.setQueuing(true);
        outbox.signalSaved("b", "{\"s\":\"b\"}");
        assertThat(outbox.pending(10)).extracting(SignalOutbox.Entry::signalId).containsExactly("b");
        assertThat(outbox.enqueueUnqueued()).isEqualTo(1);
        assertThat(outbox.enqueueUnqueued()).isZero();
        assertThat(outbox.pending(10)).extracting(SignalOutbox.Entry::signalId).containsExactly("b", "a");
        assertThat(outbox.pending(1)).hasSize(1);
    }

    @Test
    void deliveryIsCountedOnceAndFailuresCountAttempts() {
        InMemorySignalOutbox outbox = new InMemorySignalOutbox();
        outbox.setQueuing(true);
        outbox.signalSaved("a", "{}");
        outbox.signalSaved("b", "{}");
        List<Long> ids = outbox.pending(10).stream().map(SignalOutbox.Entry::id).toList();

        outbox.recordFailure(ids, "HTTP 503");
        assertThat(outbox.pending(10)).extracting(SignalOutbox.Entry::attempts).containsExactly(1, 1);
        assertThat(outbox.lastDelivery()).isEmpty();

        assertThat(outbox.markDelivered(List.of(ids.getFirst()), T1)).isEqualTo(1);
        assertThat(outbox.markDelivered(List.of(ids.getFirst()), T2)).as("already delivered").isZero();
        assertThat(outbox.markDelivered(List.of(ids.getLast()), T2)).isEqualTo(1);
        outbox.recordFailure(ids, "late failure of delivered signals is ignored");

        assertThat(outbox.pendingCount()).isZero();
        assertThat(outbox.deliveredCount()).isEqualTo(2);
        assertThat(outbox.lastDelivery()).contains(T2);
    }
}
