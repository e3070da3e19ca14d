package dev.sextant.engine.market;

import java.util.List;
import java.util.Optional;

/** Port: read access to stored bars. Implemented by the data module. */
public interface BarRepository {

    /** Every stored series, ordered by symbol then timeframe. */
    List<SeriesInfo> listSeries();

    /** All bars of one series, or empty when the store has none. */
    Optional<PriceColumns> load(String symbol, Timeframe timeframe);
}
