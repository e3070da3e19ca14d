package dev.sextant.engine.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SessionLabels;
import dev.sextant.engine.market.calendar.ExchangeCalendars;
import dev.sextant.engine.spi.Params;
import dev.sextant.engine.spi.SignalColumns;
import dev.sextant.engine.strategy.SmaVwapCrossProvider;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bar-by-bar detector against {@code sma-vwap-cross} computed over the whole series, for every combination of
 * its session conventions: the same SMA and VWAP values (bit for bit: the same running sums) and the same crosses on
 * six sessions with pre-market bars. With regular hours the strategy sees the regular-hours bars only (as the
 * backtester gives them); with extended hours every bar.
 */
class SmaVwapTrackerTest {

    @ParameterizedTest
    @CsvSource({"9,typical,continuous,regular", "9,close,session,regular", "20,typical,session,extended",
            "5,close,continuous,extended"})
    void barByBarEqualsTheWholeSeries(int period, String price, String scope, String hours) {
        SmaVwapCrossProvider provider = new SmaVwapCrossProvider();
        Params params = provider.paramSpace().resolve(Map.of("smaPeriod", period, "vwapPrice", price, "smaScope", scope,
                "hours", hours));
        boolean extended = hours.equals("extended");
        PriceColumns raw = MinuteMarket.series("X", LocalDate.of(2024, 11, 25), 6, 3);
        PriceColumns seen = extended ? raw : SessionLabels.of(raw, ExchangeCalendars.NYSE, false).keepInSession(raw);
        SignalColumns signals = provider.computeSignals(seen, params);
        double[] sma = signals.indicators().get("sma");
        double[] vwap = signals.indicators().get("vwap");

        SmaVwapTracker tracker = new SmaVwapTracker(LiveSessionConfig.defaults().withStrategyParams(params));
        int k = 0;
        int crosses = 0;
        boolean sawLastMinute = false;
        for (int i = 0; i < raw.size(); i++) {
            SmaVwapTracker.Step step = tracker.next(raw.time()[i], raw.high()[i], raw.low()[i], raw.close()[i],
                    raw.volume()[i]);
            if (!step.inSession()) {
                assertThat(extended).isFalse();
                assertThat(seen.time()).doesNotContain(raw.time()[i]);
                continue;
            }
            assertThat(raw.time()[i]).isEqualTo(seen.time()[k]);
            assertThat(Double.valueOf(step.sma())).as("sma at %d", k).isEqualTo(Double.valueOf(sma[k]));
            assertThat(Double.valueOf(step.vwap())).as("vwap at %d", k).isEqualTo(Double.valueOf(vwap[k]));
            assertThat(step.cross() > 0).as("up at %d", k).isEqualTo(signals.entry()[k]);
            assertThat(step.cross() < 0).as("down at %d", k).isEqualTo(signals.exit()[k]);
            crosses += step.cross() != 0 ? 1 : 0;
            sawLastMinute |= step.lastMinute();
            k++;
        }
        assertThat(k).isEqualTo(seen.size());
        assertThat(crosses).isGreaterThan(20);
        assertThat(sawLastMinute).isEqualTo(!extended);
    }
}
