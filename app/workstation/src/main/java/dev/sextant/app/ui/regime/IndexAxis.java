package dev.sextant.app.ui.regime;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.util.function.IntFunction;
import javafx.util.StringConverter;

/**
 * A ChartFX axis over the whole numbers {@code 0 .. count-1} of a categorical dimension (days,
 * regimes): the range is [-0.5, count - 0.5] so that each index owns one unit around itself, the
 * ticks sit on indices only (every {@code step}-th, so that at most {@code maxLabels} show; never
 * fractional; none closer to either end than the edge room, so that no label is cut) and each tick
 * is labelled by {@code label}. No minor ticks.
 */
final class IndexAxis extends DefaultNumericAxis {

    private final int maxLabels;
    private IntFunction<String> label = i -> Integer.toString(i);
    private int count;
    private double edgeRoom;

    IndexAxis(int maxLabels) {
        this.maxLabels = Math.max(1, maxLabels);
        setAutoRanging(false);
        setAutoRangeRounding(false);
        setAutoUnitScaling(false);
        setMinorTickCount(0);
        setAnimated(false);
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number n) {
                return text(n.doubleValue());
            }

            @Override
            public Number fromString(String s) {
                throw new UnsupportedOperationException("index labels are not parsed");
            }
        });
        show(0, label);
    }

    /** Covers {@code count} indices labelled by {@code label}; with none, the range stays [-0.5, 0.5]. */
    void show(int count, IntFunction<String> label) {
        this.count = count;
        this.label = label;
        set(-0.5, Math.max(count, 1) - 0.5);
        requestAxisLayout();
    }

    /** Keeps ticks at least {@code pixels} from both ends of the axis (half a label's width). */
    void setEdgeRoom(double pixels) {
        this.edgeRoom = pixels;
        requestAxisLayout();
    }

    /** Every how many indices a tick is drawn. */
    int step() {
        return Math.max(1, (int) Math.ceil(count / (double) maxLabels));
    }

    /** The index nearest to axis value {@code v}, or -1 outside 0 .. count-1. */
    int indexAt(double v) {
        long i = Math.round(v);
        return i >= 0 && i < count ? (int) i : -1;
    }

    private String text(double v) {
        int i = indexAt(v);
        return i < 0 || Math.abs(v - i) > 1e-6 ? "" : label.apply(i);
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList values) {
        values.clear();
        double pixelsPerIndex = getLength() / Math.max(count, 1);
        int margin = pixelsPerIndex > 0 ? (int) Math.ceil(edgeRoom / pixelsPerIndex - 0.5) : 0;
        int first = Math.min(margin, (count - 1) / 2);
        int last = Math.max(count - 1 - margin, first);
        for (int i = first; i <= last; i += step()) {
            values.add(i);
        }
    }

    @Override
    protected void calculateMinorTickValues(DoubleArrayList values) {
        values.clear();
    }
}
