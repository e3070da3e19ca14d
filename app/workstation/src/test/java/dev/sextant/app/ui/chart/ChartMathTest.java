package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import org.junit.jupiter.api.Test;

class ChartMathTest {

    /** Ten daily bars whose highs and lows make each candle's extremes known. */
    static PriceColumns tenBars() {
        int n = 10;
        long[] t = new long[n];
        double[] o = new double[n];
        double[] h = new double[n];
        double[] l = new double[n];
        double[] c = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = 20000 + i;
            o[i] = 100 + i;
            c[i] = 101 + i;
            h[i] = 110 + i;
            l[i] = 90 - i;
            v[i] = 1000 * (i + 1);
        }
        return new PriceColumns("T", Timeframe.DAILY, t, o, h, l, c, c.clone(), v);
    }

    @Test
    void candlesAreMergedWhenThereAreMoreBarsThanRoom() {
        CandleView view = CandleView.of(tenBars(), 0, 10, 4);
        assertThat(view.barsPerCandle()).isEqualTo(3);
        assertThat(view.size()).isEqualTo(4);
        assertThat(view.x()).containsExactly(1, 4, 7, 9);
        assertThat(view.open()[0]).isEqualTo(100);     // first open of bars 0..2
        assertThat(view.close()[0]).isEqualTo(103);    // last close
        assertThat(view.high()[0]).isEqualTo(112);     // highest high
        assertThat(view.low()[0]).isEqualTo(88);       // lowest low
        assertThat(view.volume()[0]).isEqualTo(6000);  // summed
        assertThat(view.sample(new double[] {0, 1, 2, 3, 4, 5, 6, 7, 8, 9})).containsExactly(2, 5, 8, 9);
    }

    @Test
    void everyBarIsItsOwnCandleWhenThereIsRoom() {
        CandleView view = CandleView.of(tenBars(), 2, 6, 100);
        assertThat(view.barsPerCandle()).isEqualTo(1);
        assertThat(view.x()).containsExactly(2, 3, 4, 5);
    }

    @Test
    void theYRangeContainsEveryWickWithPadding() {
        CandleView view = CandleView.of(tenBars(), 0, 10, 100);
        ValueRange range = ValueRange.builder().include(view.low()).include(view.high()).build(false);
        assertThat(range.min()).isLessThan(81);
        assertThat(range.max()).isGreaterThan(119);
        assertThat(range.min()).isCloseTo(81 - 38 * ValueRange.PADDING, within(1e-9));
        ValueRange log = ValueRange.builder().include(view.low()).include(view.high()).include(Double.NaN).build(true);
        assertThat(log.min()).isLessThan(81).isPositive();
        assertThat(log.max()).isGreaterThan(119);
    }

    @Test
    void panAndZoomStayWithinTheBars() {
        XRange r = new XRange(100, 200);
        assertThat(r.pan(-500, 1000).from()).isEqualTo(-0.5);
        XRange right = r.pan(5000, 1000);
        assertThat(right.to()).isLessThanOrEqualTo(1000 - 0.5 + right.span() * XRange.MARGIN + 1e-9);
        XRange in = r.zoom(0.5, 150, 1000);
        assertThat(in.span()).isEqualTo(50);
        assertThat(in.from()).isEqualTo(125);
        assertThat(r.zoom(0.001, 150, 1000).span()).isEqualTo(XRange.MIN_BARS);
        assertThat(r.zoom(100, 150, 1000).span()).isLessThanOrEqualTo(1000 * (1 + XRange.MARGIN) + 1);
        assertThat(new XRange(100, 200).bars(1000)).containsExactly(100, 201);
    }
}
