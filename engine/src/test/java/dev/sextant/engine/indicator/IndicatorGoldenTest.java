package dev.sextant.engine.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every indicator column compared with an independent plain-loop computation on a fixed 40-bar
 * series. Tolerance: 1e-9 absolute (prices are around 100). Conventions are the ones stated in
 * {@link StandardIndicators} and the own indicators' Javadoc.
 */
class IndicatorGoldenTest {

    private static final double TOL = 1e-9;
    private static final PriceColumns BARS = TestBars.synthetic("GOLD", 40, 100, 0.2, 1);
    private static final double[] C = BARS.close();
    private final Map<String, double[]> cols = new IndicatorCatalog().compute(BARS,
            "sma:5,ema:5,rsi:5,atr:5,macd:3:6:4,bb:5:2,rv:5,dwap:5,volratio:5,vwap,adx:5");

    @Test
    void columnNamesFollowSpecs() {
        assertThat(cols.keySet()).containsExactly("sma_5", "ema_5", "rsi_5", "atr_5", "macd_3_6_4_line",
                "macd_3_6_4_signal", "macd_3_6_4_hist", "bb_5_2_middle", "bb_5_2_upper", "bb_5_2_lower", "rv_5",
                "dwap_5", "volratio_5", "vwap", "adx_5_plus_di", "adx_5_minus_di", "adx_5");
    }

    @Test
    void smaIsMeanOfLastN() {
        double[] expected = nan(40);
        for (int i = 4; i < 40; i++) {
            expected[i] = (C[i] + C[i - 1] + C[i - 2] + C[i - 3] + C[i - 4]) / 5;
        }
        assertColumn(cols.get("sma_5"), expected);
    }

    @Test
    void emaSeededWithValueAtIndexN() {
        assertColumn(cols.get("ema_5"), ema(C, 5, 5));
    }

    @Test
    void rsiUsesWilderSmoothingSeededAtIndexN() {
        double[] expected = nan(40);
        double g = 0;
        double l = 0;
        for (int i = 5; i < 40; i++) {
            double d = C[i] - C[i - 1];
            double gain = Math.max(d, 0);
            double loss = Math.max(-d, 0);
            g = i == 5 ? gain : g + (gain - g) / 5;
            l = i == 5 ? loss : l + (loss - l) / 5;
            expected[i] = l == 0 ? 100 : 100 - 100 / (1 + g / l);
        }
        assertColumn(cols.get("rsi_5"), expected);
    }

    @Test
    void atrUsesWilderSmoothingOfTrueRange() {
        double[] expected = nan(40);
        double atr = 0;
        for (int i = 5; i < 40; i++) {
            double tr = Math.max(BARS.high()[i] - BARS.low()[i],
                    Math.max(Math.abs(BARS.high()[i] - C[i - 1]), Math.abs(BARS.low()[i] - C[i - 1])));
            atr = i == 5 ? tr : atr + (tr - atr) / 5;
            expected[i] = atr;
        }
        assertColumn(cols.get("atr_5"), expected);
    }

    @Test
    void macdLineSignalAndHistogram() {
        double[] fast = ema(C, 3, 3);
        double[] slow = ema(C, 6, 6);
        double[] line = nan(40);
        for (int i = 6; i < 40; i++) {
            line[i] = fast[i] - slow[i];
        }
        double[] signalRaw = ema(line, 4, 6);
        double[] signal = nan(40);
        double[] hist = nan(40);
        for (int i = 10; i < 40; i++) {
            signal[i] = signalRaw[i];
            hist[i] = line[i] - signal[i];
        }
        assertColumn(cols.get("macd_3_6_4_line"), line);
        assertColumn(cols.get("macd_3_6_4_signal"), signal);
        assertColumn(cols.get("macd_3_6_4_hist"), hist);
    }

    @Test
    void bollingerUsesPopulationStd() {
        double[] up = nan(40);
        double[] lo = nan(40);
        for (int i = 4; i < 40; i++) {
            double m = 0;
            for (int k = i - 4; k <= i; k++) {
                m += C[k];
            }
            m /= 5;
            double ss = 0;
            for (int k = i - 4; k <= i; k++) {
                ss += (C[k] - m) * (C[k] - m);
            }
            double sd = Math.sqrt(ss / 5);
            up[i] = m + 2 * sd;
            lo[i] = m - 2 * sd;
        }
        assertColumn(cols.get("bb_5_2_upper"), up);
        assertColumn(cols.get("bb_5_2_lower"), lo);
    }

    @Test
    void realizedVolatilityUsesSampleStdOfLogReturnsAnnualised() {
        double[] expected = nan(40);
        for (int i = 5; i < 40; i++) {
            double[] r = new double[5];
            double m = 0;
            for (int k = 0; k < 5; k++) {
                r[k] = Math.log(C[i - k] / C[i - k - 1]);
                m += r[k] / 5;
            }
            double ss = 0;
            for (double x : r) {
                ss += (x - m) * (x - m);
            }
            expected[i] = Math.sqrt(ss / 4) * Math.sqrt(252);
        }
        assertColumn(cols.get("rv_5"), expected);
    }

    @Test
    void dwapAndVolumeRatio() {
        double[] v = BARS.volume();
        double[] dwap = nan(40);
        double[] ratio = nan(40);
        for (int i = 4; i < 40; i++) {
            double pv = 0;
            double sv = 0;
            for (int k = i - 4; k <= i; k++) {
                pv += C[k] * v[k];
                sv += v[k];
            }
            dwap[i] = pv / sv;
            ratio[i] = v[i] / (sv / 5);
        }
        assertColumn(cols.get("dwap_5"), dwap);
        assertColumn(cols.get("volratio_5"), ratio);
    }

    @Test
    void dwapRollingSumDoesNotDriftOverLongSeries() {
        PriceColumns longBars = TestBars.synthetic("LONG", 5000, 100, 0.01, 2);
        double[] d = DwapIndicator.compute(longBars.close(), longBars.volume(), 200);
        int i = 4999;
        double pv = 0;
        double sv = 0;
        for (int k = i - 199; k <= i; k++) {
            pv += longBars.close()[k] * longBars.volume()[k];
            sv += longBars.volume()[k];
        }
        assertThat(d[i]).isCloseTo(pv / sv, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void dailyVwapIsTypicalPrice() {
        double[] expected = new double[40];
        for (int i = 0; i < 40; i++) {
            expected[i] = (BARS.high()[i] + BARS.low()[i] + C[i]) / 3;
        }
        assertColumn(cols.get("vwap"), expected);
    }

    @Test
    void adxColumnsAreBoundedAndDefinedAfterWarmUp() {
        for (String name : new String[] {"adx_5_plus_di", "adx_5_minus_di", "adx_5"}) {
            double[] col = cols.get(name);
            assertThat(col[0]).as(name).isNaN();
            assertThat(col[39]).as(name).isBetween(0.0, 100.0);
        }
    }

    /** EMA with α = 2/(n+1), NaN before {@code seedIndex}, seeded with the input there. */
    private static double[] ema(double[] x, int n, int seedIndex) {
        double[] out = nan(x.length);
        double a = 2.0 / (n + 1);
        for (int i = seedIndex; i < x.length; i++) {
            out[i] = i == seedIndex ? x[i] : out[i - 1] + a * (x[i] - out[i - 1]);
        }
        return out;
    }

    private static double[] nan(int n) {
        double[] a = new double[n];
        java.util.Arrays.fill(a, Double.NaN);
        return a;
    }

    private static void assertColumn(double[] actual, double[] expected) {
        assertThat(actual).hasSameSizeAs(expected);
        for (int i = 0; i < expected.length; i++) {
            if (Double.isNaN(expected[i])) {
                assertThat(actual[i]).as("index %d", i).isNaN();
            } else {
                assertThat(actual[i]).as("index %d", i).isCloseTo(expected[i], org.assertj.core.data.Offset.offset(TOL));
            }
        }
    }
}
