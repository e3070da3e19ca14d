package dev.sextant.engine.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;

/** The study's trials are stored on a writer thread: in batch order, and never after a batch that failed. */
class TrialAppenderTest {

    private static Trial trial(int number) {
        return new Trial(number, Map.of("fast", number), Map.of(), null, 1.0, 1, TrialState.COMPLETE, null);
    }

    /**
     * A store that records the numbers it stores, failing ("disk full") on the batch that starts with {@code failOn};
     * it stores nothing before {@code gate} opens.
     */
    private static StudyStore recording(List<Integer> stored, int failOn, CountDownLatch gate) {
        return new StudyStore() {
            @Override
            public void saveStudy(StudyRequest request, StudyState state) {
            }

            @Override
            public void appendTrials(String study, List<Trial> trials) {
                try {
                    gate.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                }
                if (trials.getFirst().number() == failOn) {
                    throw new IllegalStateException("disk full");
                }
                synchronized (stored) {
                    trials.forEach(t -> stored.add(t.number()));
                }
            }

            @Override
            public List<Trial> loadTrials(String study) {
                return List.of();
            }
        };
    }

    @Test
    void batchesAreStoredInTheOrderTheyAreHandedOver() {
        List<Integer> stored = new ArrayList<>();
        try (TrialAppender appender = new TrialAppender(recording(stored, -1, new CountDownLatch(0)), "s")) {
            appender.append(List.of(trial(0), trial(1)));
            appender.append(List.of());
            appender.append(List.of(trial(2)));
            appender.flush();
            assertThat(stored).containsExactly(0, 1, 2);
        }
    }

    @Test
    void aFailedBatchIsThrownOnTheStudysThreadAndNoLaterBatchIsStored() {
        List<Integer> stored = new ArrayList<>();
        CountDownLatch handedOver = new CountDownLatch(1);
        TrialAppender appender = new TrialAppender(recording(stored, 1, handedOver), "s");
        appender.append(List.of(trial(0)));
        appender.append(List.of(trial(1)));
        appender.append(List.of(trial(2)));
        handedOver.countDown();
        String failed = "cannot store the trials of study 's': disk full";
        assertThatThrownBy(appender::flush).hasMessage(failed);
        assertThatThrownBy(() -> appender.append(List.of(trial(3)))).hasMessage(failed);
        assertThatThrownBy(appender::close).hasMessage(failed);
        synchronized (stored) {
            assertThat(stored).containsExactly(0);
        }
    }
}
