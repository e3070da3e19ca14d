package dev.sextant.engine.backtest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShareCountTest {

    @Test
    void wholeCountsAreWrittenAsIntegersAndFractionalOnesWithSixDecimalsAtMost() {
        assertThat(ShareCount.value(375.0)).isEqualTo(375L);
        assertThat(ShareCount.value(0.5)).isEqualTo(0.5);
        assertThat(ShareCount.text(375.0)).isEqualTo("375");
        assertThat(ShareCount.text(15_000 / 41.0)).isEqualTo("365.853659");
        assertThat(ShareCount.text(2.5)).isEqualTo("2.5");
    }
}
