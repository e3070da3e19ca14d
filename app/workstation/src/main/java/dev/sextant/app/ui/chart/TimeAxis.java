package dev.sextant.app.ui.chart;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.util.HashMap;
import java.util.Map;
import javafx.util.StringConverter;

/**
 * The bar-index time axis with session-aware {@link TimeTicks}: ticks sit on the first bar of a
 * new year, month, week or day (daily bars) or of a day or clock interval (intraday bars).
 */
final class TimeAxis extends DefaultNumericAxis {

    /** About one label per this many pixels. */
    static final double PIXELS_PER_LABEL = 90;

    private final TimeTicks calendar;
    private final Map<Integer, String> labels = new HashMap<>();

    TimeAxis(TimeTicks calendar) {
        this.calendar = calendar;
        setAutoRanging(false);
        getMinorTickStyle().setVisible(false);
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number index) {
                return labels.getOrDefault((int) Math.round(index.doubleValue()), "");
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        });
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList ticks) {
        double length = range.getAxisLength() > 0 ? range.getAxisLength() : getLength();
        int max = Math.max(2, (int) (length / PIXELS_PER_LABEL));
        labels.clear();
        for (TimeTicks.Tick t : calendar.ticks((int) Math.ceil(range.getLowerBound()),
                (int) Math.floor(range.getUpperBound()) + 1, max)) {
            labels.put(t.index(), t.label());
            ticks.add(t.index());
        }
    }
}
