package dev.sextant.engine.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.Timeframe;
import org.junit.jupiter.api.Test;

/**
 * Bars per year by hand: a 09:30-16:00 session is 390 minutes, so 390 one-minute, 78 five-minute,
 * 26 fifteen-minute, 13 half-hour and 7 hourly bars (the last one half an hour), times 252 sessions.
 * Sharpe of the returns {+1 %, −1 %, +2 %} on 1m bars: mean 2/300, sample std
 * √(((1−2/3)² + (−1−2/3)² + (2−2/3)²)/2) % = √(14/6) % , × √98 280.
 */
class IntradayAnnualisationTest {

    @Test
    void barsPerYearFollowTheSessionLength() {
        assertThat(PerformanceMetrics.barsPerYear(Timeframe.MINUTE_1)).isEqualTo(98_280);
        assertThat(PerformanceMetrics.barsPerYear(Timeframe.MINUTE_5)).isEqualTo(19_656);
        assertThat(PerformanceMetrics.barsPerYear(Timeframe.MINUTE_15)).isEqualTo(6_552);
        assertThat(PerformanceMetrics.barsPerYear(Timeframe.MINUTE_30)).isEqualTo(3_276);
        assertThat(PerformanceMetrics.barsPerYear(Timeframe.HOUR_1)).isEqualTo(1_764);
        assertThat(PerformanceMetrics.barsPerYear(Timeframe.DAILY)).isEqualTo(252);
    }

    @Test
    void sharpeIsAnnualisedByTheTimeframesBarsPerYear() {
        double[] r = {0.01, -0.01, 0.02};
        double expected = (2.0 / 300) / (Math.sqrt(14.0 / 6) / 100) * Math.sqrt(98_280);
        assertThat(PerformanceMetrics.sharpe(r, 0, 98_280)).isCloseTo(expected, within(1e-9));
        assertThat(PerformanceMetrics.sharpe(r, 0)).isCloseTo(expected * Math.sqrt(252.0 / 98_280), within(1e-9));
    }
}
