package dev.sextant.app.research;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.ResamplingBarRepository;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.UniverseRepository;
import dev.sextant.engine.market.SeriesInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Loads what a user names (symbols, or a universe where {@code all} is every instrument) at any
 * timeframe the stored bars can build (intraday ones resampled from finer stored bars), for
 * intraday backtests and scans; {@link MarketLoader} stays the daily path. Explicit symbols must
 * all offer the timeframe; members of a universe that do not are left out and listed, but a
 * universe with none fails. The store is listed once per load.
 */
public final class TimeframeLoader {

    private final ResamplingBarRepository bars;
    private final UniverseRepository universes;

    public TimeframeLoader(ResamplingBarRepository bars, UniverseRepository universes) {
        this.bars = bars;
        this.universes = universes;
    }

    /** @throws IllegalArgumentException naming the symbols without such bars and what their bars build */
    public MarketLoader.Loaded load(MarketChoice choice, Timeframe timeframe) {
        Map<String, List<Timeframe>> stored = bars.listSeries().stream().collect(Collectors.groupingBy(SeriesInfo::symbol,
                TreeMap::new, Collectors.mapping(SeriesInfo::timeframe, Collectors.toList())));
        List<String> wanted;
        List<String> without = new ArrayList<>();
        if (choice.universe() != null) {
            List<String> members = UniverseRepository.ALL.equals(choice.universe()) ? List.copyOf(stored.keySet())
                    : universes.members(choice.universe());
            wanted = new ArrayList<>();
            for (String m : members.stream().distinct().sorted().toList()) {
                boolean builds = stored.getOrDefault(m, List.of()).stream().anyMatch(timeframe::derivableFrom);
                (builds ? wanted : without).add(m);
            }
            if (wanted.isEmpty()) {
                throw new IllegalArgumentException("universe '" + choice.universe() + "' has no member with bars that build "
                        + timeframe.code());
            }
        } else {
            wanted = choice.symbols().stream().distinct().sorted().toList();
            for (String s : wanted) {
                if (stored.getOrDefault(s, List.of()).stream().noneMatch(timeframe::derivableFrom)) {
                    List<Timeframe> offered = bars.timeframes(s);
                    throw new IllegalArgumentException("no " + timeframe.code() + " bars for " + s + ": "
                            + (offered.isEmpty() ? "it has no stored bars (see ./sextant data list)"
                            : "its stored bars build " + offered.stream().map(Timeframe::code).collect(Collectors.joining(", "))));
                }
            }
        }
        List<PriceColumns> series = new ArrayList<>(wanted.size());
        for (String s : wanted) {
            series.add(bars.load(s, timeframe).orElseThrow());
        }
        return new MarketLoader.Loaded(series, List.copyOf(without));
    }
}
