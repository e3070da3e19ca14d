package dev.sextant.app.ui.chart;

import io.fair_acc.chartfx.axes.spi.AxisRange;
import io.fair_acc.chartfx.axes.spi.DefaultNumericAxis;
import io.fair_acc.dataset.spi.fastutil.DoubleArrayList;
import java.util.function.DoubleFunction;
import javafx.util.StringConverter;

/**
 * A value scale on the right of a pane with {@link PriceTicks}: about one nice tick per 60 px, also
 * on a log scale (ChartFX's own log axis ticks only at powers of ten). Its range is set by the chart;
 * its side by the pane (XYChart moves a y axis it is given to the left).
 */
final class PriceAxis extends DefaultNumericAxis {

    static final double WIDTH = 72;

    PriceAxis(DoubleFunction<String> labels) {
        setAutoRanging(false);
        getMinorTickStyle().setVisible(false);
        setMinWidth(WIDTH);
        setPrefWidth(WIDTH);
        setMaxWidth(WIDTH);
        getStyleClass().add("price-axis");
        setTickLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Number v) {
                return labels.apply(v.doubleValue());
            }

            @Override
            public Number fromString(String text) {
                throw new UnsupportedOperationException("labels are not parsed");
            }
        });
    }

    @Override
    protected void calculateMajorTickValues(AxisRange range, DoubleArrayList ticks) {
        int count = PriceTicks.count(range.getAxisLength() > 0 ? range.getAxisLength() : getLength());
        double lo = range.getLowerBound();
        double hi = range.getUpperBound();
        for (double v : isLogAxis() ? PriceTicks.log(lo, hi, count) : PriceTicks.linear(lo, hi, count)) {
            ticks.add(v);
        }
    }
}
