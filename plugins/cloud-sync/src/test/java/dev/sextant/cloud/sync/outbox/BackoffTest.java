package dev.sextant.cloud.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(2), new Random(1));

    @Test
    void theWaitDoublesPerFailureWithJitterInTheUpperHalfAndStopsAtTheMaximum() {
        for (int trial = 0; trial < 200; trial++) {
            assertThat(backoff.delay(1, Optional.empty())).isBetween(Duration.ofMillis(50), Duration.ofMillis(100));
            assertThat(backoff.delay(3, Optional.empty())).isBetween(Duration.ofMillis(200), Duration.ofMillis(400));
            assertThat(backoff.delay(40, Optional.empty())).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(2));
        }
    }

    @Test
    void jitterSpreadsTheWaits() {
        long distinct = java.util.stream.IntStream.range(0, 50)
                .mapToObj(i -> backoff.delay(5, Optional.empty())).distinct().count();
        assertThat(distinct).isGreaterThan(25);
    }

    @Test
    void retryAfterIsALowerBound() {
        assertThat(backoff.delay(1, Optional.of(Duration.ofSeconds(30)))).isEqualTo(Duration.ofSeconds(30));
        assertThat(backoff.delay(40, Optional.of(Duration.ZERO))).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
}
