package dev.sextant.engine.market;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/** Port: read access to stored bars. Implemented by the data module. */
public interface BarRepository {

    /** Every stored series, ordered by symbol then timeframe. */
    List<SeriesInfo> listSeries();

    /** All bars of one series, or empty when the store has none. */
    Optional<PriceColumns> load(String symbol, Timeframe timeframe);

    /**
     * The series of {@code symbols}, in their order, each empty when the store has none; {@code before} is called with
     * each index before that series is read (for progress and cancellation). A store may answer with fewer queries
     * than one {@link #load} per symbol.
     */
    default List<Optional<PriceColumns>> loadAll(List<String> symbols, Timeframe timeframe, IntConsumer before) {
        List<Optional<PriceColumns>> out = new ArrayList<>(symbols.size());
        for (int i = 0; i < symbols.size(); i++) {
            before.accept(i);
            out.add(load(symbols.get(i), timeframe));
        }
        return out;
    }
}
