package dev.sextant.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class TimeframeTest {

    @Test
    void everyCodeRoundTripsAndTheCodesAreListedFinestFirst() {
        assertThat(Timeframe.codes()).containsExactly("1m", "5m", "15m", "30m", "1h", "1d", "1w", "1mo");
        Arrays.stream(Timeframe.values()).forEach(tf -> assertThat(Timeframe.ofCode(tf.code())).isSameAs(tf));
        assertThat(Timeframe.ofCode("1MO")).isEqualTo(Timeframe.MONTHLY);
    }

    @Test
    void anUnknownCodeIsNamedWithTheValidOnes() {
        assertThatThrownBy(() -> Timeframe.ofCode("2h"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("unknown timeframe '2h' (expected one of 1m, 5m, 15m, 30m, 1h, 1d, 1w, 1mo)");
    }

    @Test
    void onlyTimeframesShorterThanADayAreIntraday() {
        assertThat(Arrays.stream(Timeframe.values()).filter(Timeframe::isIntraday))
                .containsExactlyInAnyOrder(Timeframe.MINUTE_1, Timeframe.MINUTE_5, Timeframe.MINUTE_15,
                        Timeframe.MINUTE_30, Timeframe.HOUR_1);
    }

    @Test
    void derivableFromFinerIntradayBarsThatDivideItAndWeeksAndMonthsFromDays() {
        assertThat(Timeframe.HOUR_1.derivableFrom(Timeframe.MINUTE_5)).isTrue();
        assertThat(Timeframe.MINUTE_30.derivableFrom(Timeframe.MINUTE_15)).isTrue();
        assertThat(Timeframe.MINUTE_15.derivableFrom(Timeframe.MINUTE_30)).isFalse();
        assertThat(Timeframe.WEEKLY.derivableFrom(Timeframe.DAILY)).isTrue();
        assertThat(Timeframe.MONTHLY.derivableFrom(Timeframe.DAILY)).isTrue();
        assertThat(Timeframe.MONTHLY.derivableFrom(Timeframe.WEEKLY)).isFalse();
        assertThat(Timeframe.DAILY.derivableFrom(Timeframe.MINUTE_1)).isFalse();
        assertThat(Timeframe.MINUTE_1.derivableFrom(Timeframe.DAILY)).isFalse();
        assertThat(Timeframe.DAILY.derivableFrom(Timeframe.DAILY)).isTrue();
    }
}
