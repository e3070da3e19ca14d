package dev.sextant.engine.bench;

import org.ta4j.core.BarSeries;
import org.ta4j.core.indicators.AbstractIndicator;
import org.ta4j.core.num.Num;

/** A precomputed {@code double[]} exposed to Ta4j rules as an indicator. */
final class ColumnIndicator extends AbstractIndicator<Num> {

    private final double[] values;
    private final int unstableBars;

    ColumnIndicator(BarSeries series, double[] values, int unstableBars) {
        super(series);
        this.values = values;
        this.unstableBars = unstableBars;
    }

    @Override
    public Num getValue(int index) {
        return getBarSeries().numFactory().numOf(values[index]);
    }

    @Override
    public int getCountOfUnstableBars() {
        return unstableBars;
    }
}
