package dev.sextant.app.ui.chart.drawing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.drawing.Anchor;
import dev.sextant.engine.drawing.BarTimeScale;
import dev.sextant.engine.drawing.Drawing;
import dev.sextant.engine.drawing.DrawingKind;
import dev.sextant.engine.drawing.DrawingStyle;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The screen maths of drawings against hand-worked golden values: a plot 1000×500 px at (50, 20) showing bars
 * -0.5..99.5 and prices 100..200 (linear) or 100..400 (log), over 100 daily bars from 2024-01-01.
 */
class DrawingFiguresTest {

    static final double EPS = 1e-9;
    static final PlotViewport LINEAR = new PlotViewport(-0.5, 99.5, 100, 200, false, 50, 20, 1000, 500);
    static final PlotViewport LOG = new PlotViewport(-0.5, 99.5, 100, 400, true, 50, 20, 1000, 500);
    static final BarTimeScale DAYS = BarTimeScale.of(days(100));

    static PriceColumns days(int n) {
        long[] t = new long[n];
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            t[i] = LocalDate.of(2024, 1, 1).toEpochDay() + i;
            p[i] = 150;
        }
        return new PriceColumns("X", Timeframe.DAILY, t, p, p, p, p, p, p);
    }

    static long day(int i) {
        return BarTimeScale.dayStart(LocalDate.of(2024, 1, 1).plusDays(i));
    }

    static Drawing drawing(DrawingKind kind, DrawingStyle style, Anchor... anchors) {
        return Drawing.of("X", kind, Timeframe.DAILY, List.of(anchors), style, "note");
    }

    @Test
    void theViewportMapsBarsAndPricesLinearlyOrByLogarithm() {
        // bar 9.5 is a tenth of the way across: 50 + 100; price 150 is half way up: 20 + 250
        assertThat(LINEAR.x(9.5)).isCloseTo(150, within(EPS));
        assertThat(LINEAR.y(150)).isCloseTo(270, within(EPS));
        assertThat(LINEAR.index(150)).isCloseTo(9.5, within(EPS));
        assertThat(LINEAR.price(270)).isCloseTo(150, within(EPS));
        // log 100..400: 200 is half way (log2 200/100 = 1 of 2), 400 at the top, 100 at the bottom
        assertThat(LOG.y(200)).isCloseTo(270, within(EPS));
        assertThat(LOG.y(400)).isCloseTo(20, within(EPS));
        assertThat(LOG.y(100)).isCloseTo(520, within(EPS));
        assertThat(LOG.price(145)).isCloseTo(400 / Math.sqrt(2), within(1e-9)); // a quarter down: 400 * (1/4)^(1/4)
        assertThat(LOG.y(-1)).isInfinite();
        assertThatThrownBy(() -> new PlotViewport(0, 10, 0, 100, true, 0, 0, 100, 100))
                .hasMessageContaining("price 0.0..100.0 (log)");
    }

    @Test
    void aTrendLineRunsFromAnchorToAnchorAndOnToThePlotEdgesWhenExtended() {
        Drawing line = drawing(DrawingKind.TREND_LINE, DrawingStyle.standard(), new Anchor(day(20), 120), new Anchor(day(40), 140));
        DrawingFigure f = DrawingFigures.of(line, LINEAR, DAYS);
        // bar 20 at x = 50 + 20.5*10 = 255, price 120 at y = 20 + 0.8*500 = 420; bar 40 at 455, price 140 at 320
        DrawingFigure.Segment s = f.segments().getFirst();
        assertThat(new double[] {s.x1(), s.y1(), s.x2(), s.y2()}).containsExactly(new double[] {255, 420, 455, 320}, within(EPS));
        DrawingFigure extended = DrawingFigures.of(line.withStyle(new DrawingStyle("#ff0000", 1, true, true), ""), LINEAR, DAYS);
        DrawingFigure.Segment e = extended.segments().getFirst();
        // slope -0.5 px per px: from x 255 back to 50 rises... y 420 + 205*0.5 = 522.5; on to x 1050: 320 - 595*0.5 = 22.5
        assertThat(new double[] {e.x1(), e.y1(), e.x2(), e.y2()}).containsExactly(new double[] {50, 522.5, 1050, 22.5}, within(EPS));
        // hit test: on the line, a little off, a handle
        assertThat(f.distance(355, 370)).isCloseTo(0, within(EPS));
        assertThat(f.distance(355, 380)).isCloseTo(10 / Math.sqrt(1.25), within(1e-9));
        assertThat(f.handleAt(257, 421, 9)).isZero();
        assertThat(f.handleAt(454, 318, 9)).isEqualTo(1);
        assertThat(f.handleAt(355, 370, 9)).isEqualTo(-1);
    }

    @Test
    void fibonacciLevelsRetraceTheMoveAndARectangleIsHitInside() {
        Drawing fib = drawing(DrawingKind.FIBONACCI, DrawingStyle.standard(), new Anchor(day(10), 110), new Anchor(day(30), 190));
        DrawingFigure f = DrawingFigures.of(fib, LINEAR, DAYS);
        // the diagonal, then 7 levels; 61.8% of the move back from 190: 190 - 0.618*80 = 140.56
        assertThat(f.segments()).hasSize(8);
        assertThat(f.labels()).extracting(DrawingFigure.Label::text)
                .contains("0.0%  190.00", "61.8%  140.56", "100.0%  110.00");
        assertThat(f.segments().get(5).y1()).isCloseTo(LINEAR.y(140.56), within(EPS));
        Drawing box = drawing(DrawingKind.RECTANGLE, DrawingStyle.standard(), new Anchor(day(10), 110), new Anchor(day(30), 190));
        DrawingFigure r = DrawingFigures.of(box, LINEAR, DAYS);
        assertThat(r.box()).isEqualTo(new DrawingFigure.Box(155, LINEAR.y(190), 200, LINEAR.y(110) - LINEAR.y(190)));
        assertThat(r.distance(250, 300)).isZero();
    }

    @Test
    void horizontalAndVerticalLinesSpanThePlot() {
        DrawingFigure h = DrawingFigures.of(drawing(DrawingKind.HORIZONTAL_LINE, DrawingStyle.standard(), new Anchor(day(50), 175)),
                LINEAR, DAYS);
        assertThat(h.segments().getFirst()).isEqualTo(new DrawingFigure.Segment(50, 145, 1050, 145, false));
        DrawingFigure ray = DrawingFigures.of(drawing(DrawingKind.HORIZONTAL_LINE,
                new DrawingStyle("#00ff00", 1, false, true), new Anchor(day(50), 175)), LINEAR, DAYS);
        assertThat(ray.segments().getFirst().x1()).as("a ray to the right starts at its anchor").isCloseTo(555, within(EPS));
        DrawingFigure v = DrawingFigures.of(drawing(DrawingKind.VERTICAL_LINE, DrawingStyle.standard(), new Anchor(day(50), 175)),
                LOG, DAYS);
        assertThat(v.segments().getFirst()).isEqualTo(new DrawingFigure.Segment(555, 20, 555, 520, false));
        assertThat(v.intersects(LOG)).isTrue();
        // bars 150..160 lie right of the plot (bar 99.5 is its right edge): not in view
        DrawingFigure beyond = DrawingFigures.of(drawing(DrawingKind.TREND_LINE, DrawingStyle.standard(),
                new Anchor(day(150), 120), new Anchor(day(160), 130)), LINEAR, BarTimeScale.of(days(200)));
        assertThat(beyond.intersects(LINEAR)).isFalse();
    }
}
