package dev.sextant.engine.indicator;

import dev.sextant.engine.market.PriceColumns;
import org.ta4j.core.BarSeries;
import org.ta4j.core.BaseBarSeriesBuilder;
import org.ta4j.core.num.DoubleNumFactory;

/** Copies {@link PriceColumns} into a Ta4j {@link BarSeries} backed by {@code DoubleNum}. */
public final class Ta4jSeriesAdapter {

    private Ta4jSeriesAdapter() {
    }

    /** Bar {@code i} begins at {@link PriceColumns#instant(int)} and lasts one timeframe spacing. */
    public static BarSeries toSeries(PriceColumns p) {
        BarSeries series = new BaseBarSeriesBuilder()
                .withName(p.symbol())
                .withNumFactory(DoubleNumFactory.getInstance())
                .build();
        var spacing = p.timeframe().spacing();
        for (int i = 0; i < p.size(); i++) {
            series.barBuilder()
                    .timePeriod(spacing)
                    .beginTime(p.instant(i))
                    .endTime(p.instant(i).plus(spacing))
                    .openPrice(p.open()[i])
                    .highPrice(p.high()[i])
                    .lowPrice(p.low()[i])
                    .closePrice(p.close()[i])
                    .volume(p.volume()[i])
                    .add();
        }
        return series;
    }
}
