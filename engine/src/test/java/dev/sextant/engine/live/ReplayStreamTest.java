package dev.sextant.engine.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The replay's pacing and controls, with a sleeper that does not sleep but records: at speed s a minute costs
 * 60 s / s in slices of at most 50 ms; pause holds, step plays one minute, seek plays up to a time at once,
 * and the replay clock follows.
 */
class ReplayStreamTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 6);

    private static List<PriceColumns> market() {
        return List.of(MinuteMarket.series("AAA", DAY, 1, 1), MinuteMarket.series("BBB", DAY, 1, 2));
    }

    private static Instant dayStart() {
        return DAY.atStartOfDay(dev.sextant.engine.market.calendar.ExchangeCalendars.NYSE.zone()).toInstant();
    }

    private static final class Collecting implements BarStreamListener {
        final BlockingQueue<StreamedBar> bars = new LinkedBlockingQueue<>();
        final List<StreamStatus> statuses = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void bar(StreamedBar bar) {
            bars.add(bar);
        }

        @Override
        public void status(StreamStatus status, String detail) {
            statuses.add(status);
        }
    }

    @Test
    void playsEveryMinuteInTimeOrderPacedBySpeed() throws Exception {
        List<PriceColumns> market = market();
        List<Long> slept = new java.util.concurrent.CopyOnWriteArrayList<>();
        ReplayStream replay = new ReplayStream(market, dayStart(), dayStart().plusSeconds(86_400), 1000, slept::add);
        Collecting listener = new Collecting();
        replay.start(List.of("AAA", "BBB"), listener);
        replay.awaitFinished();

        List<StreamedBar> expected = MinuteMarket.stream(market, dayStart().getEpochSecond());
        assertThat(new ArrayList<>(listener.bars)).isEqualTo(expected);
        int minutes = (int) expected.stream().map(StreamedBar::start).distinct().count();
        assertThat(replay.state()).isEqualTo(new ReplayClock(expected.getLast().start().plusSeconds(60), 1000, false, true,
                minutes, minutes));
        // 60 ms a regular minute at 1000x (two slices of 50 + 10 ms); the pre-market's three-minute gaps take 180 ms
        assertThat(slept).allMatch(n -> n > 0 && n <= 50_000_000L);
        long total = slept.stream().mapToLong(Long::longValue).sum();
        long expectedNanos = 0;
        long previous = expected.getFirst().start().getEpochSecond();
        for (Instant t : expected.stream().map(StreamedBar::start).distinct().toList()) {
            long gap = t.getEpochSecond() + 60 - previous;
            expectedNanos += (gap > 1800 ? 60 : gap) * 1_000_000L;
            previous = t.getEpochSecond() + 60;
        }
        assertThat(total).isEqualTo(expectedNanos);
        assertThat(listener.statuses).containsExactly(StreamStatus.REPLAYING, StreamStatus.STOPPED);
    }

    @Test
    void pauseStepSeekAndResume() throws Exception {
        List<PriceColumns> market = market();
        List<StreamedBar> expected = MinuteMarket.stream(market, dayStart().getEpochSecond());
        List<Instant> minutes = expected.stream().map(StreamedBar::start).distinct().toList();
        ReplayStream replay = new ReplayStream(market, dayStart(), dayStart().plusSeconds(86_400),
                ReplayStream.AS_FAST_AS_POSSIBLE, nanos -> { });
        replay.pause();
        Collecting listener = new Collecting();
        replay.start(List.of("AAA", "BBB"), listener);

        replay.step();
        int firstMinute = (int) expected.stream().filter(b -> b.start().equals(minutes.get(0))).count();
        assertThat(firstMinute).isEqualTo(2);
        assertThat(take(listener, firstMinute)).containsExactlyElementsOf(expected.subList(0, firstMinute));
        awaitPlayed(replay, 1);
        assertThat(replay.state().time()).isEqualTo(minutes.get(0).plusSeconds(60));
        assertThat(replay.state().paused()).isTrue();
        Thread.sleep(50);
        assertThat(listener.bars).as("paused: nothing more").isEmpty();

        Instant target = minutes.get(40);
        replay.seek(target);
        int before = (int) expected.stream().filter(b -> b.start().isBefore(target)).count();
        assertThat(take(listener, before - firstMinute)).isEqualTo(expected.subList(firstMinute, before));
        awaitPlayed(replay, 40);
        assertThat(replay.state().time()).isEqualTo(minutes.get(39).plusSeconds(60));
        assertThatThrownBy(() -> replay.seek(minutes.get(10)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("only moves forward");

        replay.step();
        assertThat(take(listener, (int) expected.stream().filter(b -> b.start().equals(target)).count()))
                .allMatch(b -> b.start().equals(target));
        replay.resume();
        replay.awaitFinished();
        assertThat(replay.state().finished()).isTrue();
        assertThat(replay.state().minutesPlayed()).isEqualTo(minutes.size());
        assertThat(listener.statuses).containsExactly(StreamStatus.REPLAYING, StreamStatus.PAUSED,
                StreamStatus.REPLAYING, StreamStatus.STOPPED);
        assertThatThrownBy(() -> replay.setSpeed(2000)).hasMessageContaining("1 to 1000");
    }

    private static List<StreamedBar> take(Collecting listener, int n) throws InterruptedException {
        List<StreamedBar> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            StreamedBar b = listener.bars.poll(10, TimeUnit.SECONDS);
            assertThat(b).as("bar %d of %d", i, n).isNotNull();
            out.add(b);
        }
        return out;
    }

    private static void awaitPlayed(ReplayStream replay, int minutes) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (replay.state().minutesPlayed() < minutes && System.nanoTime() < deadline) {
            Thread.sleep(1);
        }
        assertThat(replay.state().minutesPlayed()).isEqualTo(minutes);
    }
}
