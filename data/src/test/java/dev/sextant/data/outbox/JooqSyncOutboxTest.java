package dev.sextant.data.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.data.db.Database;
import dev.sextant.data.signal.JooqSignalRepository;
import dev.sextant.engine.spi.Signal;
import dev.sextant.engine.scan.SignalStatus;
import dev.sextant.engine.spi.SignalOutbox;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class JooqSyncOutboxTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);

    @TempDir
    java.nio.file.Path home;

    private static Signal signal(String symbol) {
        return new Signal(Signal.idOf("dwap", symbol, DAY), "dwap", symbol, DAY, 101.5, Map.of("dwap", 99.0),
                1.7, 95.0, Double.NaN, true, 0.8);
    }

    @Test
    void eachNewSignalIsQueuedOnceWithItsPayloadAndSavingAgainQueuesNothing() {
        try (Database db = Database.open(home)) {
            var signals = new JooqSignalRepository(db.dsl(), new SignalOutboxWriter());
            var outbox = new JooqSyncOutbox(db.dsl());
            signals.saveScan(List.of(signal("AAA"), signal("BBB")), DAY, 5);
            signals.saveScan(List.of(signal("AAA"), signal("CCC")), DAY, 5);

            List<SignalOutbox.Entry> pending = outbox.pending(10);
            assertThat(pending).extracting(SignalOutbox.Entry::signalId)
                    .containsExactly(signal("AAA").id(), signal("BBB").id(), signal("CCC").id());
            JsonNode first = JsonMapper.builder().build().readTree(pending.getFirst().payloadJson());
            assertThat(first.get("id").asString()).isEqualTo(signal("AAA").id());
            assertThat(first.get("symbol").asString()).isEqualTo("AAA");
            assertThat(first.get("date").asString()).isEqualTo("2024-03-01");
            assertThat(first.get("price").asDouble()).isEqualTo(101.5);
            assertThat(first.get("target").isNull()).isTrue();
            assertThat(first.get("details").get("dwap").asDouble()).isEqualTo(99.0);
        }
    }

    @Test
    void whenQueuingFailsTheSignalIsNotSavedEither() {
        try (Database db = Database.open(home)) {
            OutboxWriter failing = (tx, id) -> {
                new SignalOutboxWriter().signalSaved(tx, id);
                throw new IllegalStateException("disk full");
            };
            var signals = new JooqSignalRepository(db.dsl(), failing);
            assertThatThrownBy(() -> signals.saveScan(List.of(signal("AAA")), DAY, 5)).hasMessage("disk full");
            assertThat(signals.list(SignalStatus.ACTIVE)).isEmpty();
            assertThat(new JooqSyncOutbox(db.dsl()).pendingCount()).isZero();
        }
    }

    @Test
    void withoutSyncNothingIsQueuedAndABackfillQueuesEachSavedSignalOnce() {
        try (Database db = Database.open(home)) {
            new JooqSignalRepository(db.dsl(), OutboxWriter.NONE).saveScan(List.of(signal("AAA"), signal("BBB")), DAY, 5);
            var outbox = new JooqSyncOutbox(db.dsl());
            assertThat(outbox.pendingCount()).isZero();
            assertThat(outbox.enqueueUnqueued()).isEqualTo(2);
            assertThat(outbox.enqueueUnqueued()).isZero();
            assertThat(outbox.pendingCount()).isEqualTo(2);
        }
    }

    @Test
    void deliveredEntriesLeaveThePendingListAndFailuresAreCounted() {
        try (Database db = Database.open(home)) {
            new JooqSignalRepository(db.dsl(), new SignalOutboxWriter())
                    .saveScan(List.of(signal("AAA"), signal("BBB")), DAY, 5);
            var outbox = new JooqSyncOutbox(db.dsl());
            List<SignalOutbox.Entry> pending = outbox.pending(10);
            outbox.recordFailure(List.of(pending.get(0).id(), pending.get(1).id()), "HTTP 503");
            OffsetDateTime at = OffsetDateTime.of(2024, 3, 2, 10, 0, 0, 0, ZoneOffset.UTC);
            assertThat(outbox.markDelivered(List.of(pending.get(0).id()), at)).isEqualTo(1);
            assertThat(outbox.markDelivered(List.of(pending.get(0).id()), at.plusHours(1))).isZero();

            assertThat(outbox.pending(10)).singleElement().satisfies(e -> {
                assertThat(e.signalId()).isEqualTo(signal("BBB").id());
                assertThat(e.attempts()).isEqualTo(1);
            });
            assertThat(outbox.deliveredCount()).isEqualTo(1);
            assertThat(outbox.lastDelivery()).hasValueSatisfying(t -> assertThat(t.toInstant()).isEqualTo(at.toInstant()));
        }
    }

    @Test
    void theQueuingWriterQueuesOnlyWhileQueuingIsOnAndTheSwitchIsKept() {
        try (Database db = Database.open(home)) {
            var outbox = new JooqSyncOutbox(db.dsl());
            var signals = new JooqSignalRepository(db.dsl(), outbox.queuingWriter());
            assertThat(outbox.queuing()).isFalse();
            signals.saveScan(List.of(signal("AAA")), DAY, 5);
            assertThat(outbox.pendingCount()).isZero();

            outbox.setQueuing(true);
            signals.saveScan(List.of(signal("BBB")), DAY, 5);
            assertThat(outbox.pending(10)).extracting(SignalOutbox.Entry::signalId).containsExactly(signal("BBB").id());
            assertThat(new JooqSyncOutbox(db.dsl()).queuing()).isTrue();

            outbox.setQueuing(false);
            signals.saveScan(List.of(signal("CCC")), DAY, 5);
            assertThat(outbox.pendingCount()).isEqualTo(1);
        }
    }
}
