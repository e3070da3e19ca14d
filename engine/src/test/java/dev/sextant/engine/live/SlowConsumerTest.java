package dev.sextant.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A listener stuck in its first event does not hold up ingestion: the whole stream is taken in while it waits, and
 * afterwards it gets every cross, every fill and every status in order, the newest bar of each symbol and the newest
 * paper snapshot; the bars and snapshots in between were coalesced. A second listener keeps its own pace.
 */
class SlowConsumerTest {

    @Test
    void aBlockedListenerCoalescesBarsAndSnapshotsButMissesNoCrossFillOrStatus() throws Exception {
        List<PriceColumns> market = LiveSessionTest.market();
        List<StreamedBar> stream = MinuteMarket.stream(market, LiveSessionTest.streamFrom());
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch blocked = new CountDownLatch(1);
        Recorder slow = new Recorder() {
            @Override
            public void status(StreamStatus status, String detail) {
                super.status(status, detail);
                blocked.countDown();
                try {
                    assertThat(release.await(30, TimeUnit.SECONDS)).isTrue();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
            }
        };
        Recorder fast = new Recorder();
        try (LiveSession session = LiveSessionTest.seeded(market, new RecordingStore())) {
            Subscription slowSub = session.subscribe(slow);
            session.subscribe(fast);
            assertThat(blocked.await(10, TimeUnit.SECONDS)).isTrue();

            stream.forEach(session::bar);
            session.finish();
            assertThat(release.getCount()).as("ingestion finished while the slow listener was still blocked").isEqualTo(1);
            assertThat(slow.bars).isEmpty();
            release.countDown();
            session.awaitDelivered();

            assertThat(slowSub.failure()).isNull();
            // the other listener may coalesce too when ingestion outpaces it, but sees each symbol's bars in time order
            for (String symbol : LiveSessionTest.SYMBOLS) {
                List<Long> times = fast.bars.stream().filter(b -> b.bar().symbol().equals(symbol))
                        .map(b -> b.bar().start().getEpochSecond()).toList();
                assertThat(times).isSorted().doesNotHaveDuplicates().isNotEmpty();
            }
            assertThat(fast.crosses).isEqualTo(session.crosses());
            assertThat(slow.crosses).isEqualTo(session.crosses());
            assertThat(slow.fills).isEqualTo(session.fills()).isNotEmpty();
            assertThat(slow.statuses).containsExactly(StreamStatus.CONNECTING, StreamStatus.STOPPED);
            Map<String, StreamedBar> newest = new HashMap<>();
            stream.forEach(b -> newest.merge(b.symbol(), b, (x, y) -> y.start().isAfter(x.start()) ? y : x));
            assertThat(slow.bars).hasSize(LiveSessionTest.SYMBOLS.size());
            assertThat(slow.bars).extracting(LiveBar::bar).containsExactlyInAnyOrderElementsOf(newest.values());
            assertThat(slow.snapshots).hasSize(1);
            assertThat(slow.snapshots.getFirst()).isEqualTo(session.paper());
            assertThat(slowSub.coalesced()).isGreaterThan(stream.size());
            assertThat(session.stats().coalesced()).as("both listeners' coalesced events").isGreaterThanOrEqualTo(slowSub.coalesced());
        }
    }

    static class Recorder implements LiveSessionListener {
        final List<LiveBar> bars = new ArrayList<>();
        final List<LiveCross> crosses = new ArrayList<>();
        final List<PaperFill> fills = new ArrayList<>();
        final List<PaperSnapshot> snapshots = new ArrayList<>();
        final List<StreamStatus> statuses = new ArrayList<>();

        @Override
        public void bar(LiveBar bar) {
            bars.add(bar);
        }

        @Override
        public void cross(LiveCross cross) {
            crosses.add(cross);
        }

        @Override
        public void fill(PaperFill fill) {
            fills.add(fill);
        }

        @Override
        public void paper(PaperSnapshot snapshot) {
            snapshots.add(snapshot);
        }

        @Override
        public void status(StreamStatus status, String detail) {
            statuses.add(status);
        }
    }
}
