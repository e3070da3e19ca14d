package dev.sextant.app.research;

import dev.sextant.data.regime.JooqRegimeSnapshotRepository;
import dev.sextant.engine.settings.SettingsStore;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.RegimeAnalysis;
import dev.sextant.engine.regime.RegimeModel;
import dev.sextant.engine.regime.RegimeParameters;
import dev.sextant.engine.regime.RegimeSnapshot;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Runs the regime model over stored daily bars and saves its days: what {@code ./sextant regime}
 * and the regime panel both do. The model runs over the whole history up to the last day; the
 * first day only picks the days kept.
 */
public final class RegimeService {

    private final MarketLoader market;
    private final SettingsStore settings;
    private final JooqRegimeSnapshotRepository snapshots;

    public RegimeService(MarketLoader market, SettingsStore settings, JooqRegimeSnapshotRepository snapshots) {
        this.market = market;
        this.settings = settings;
        this.snapshots = snapshots;
    }

    /**
     * @param index the index, null for the setting or default (see {@link RegimeSymbols})
     * @param volatility its volatility index or {@code none}, null for the setting or default
     * @param universe the breadth universe, null for no breadth
     * @param from the first day kept, null for the first classified day
     * @param to the last day, null for the index's last bar
     */
    public record Request(String index, String volatility, String universe, LocalDate from, LocalDate to) {

        /** The default index and volatility index, no breadth, all days. */
        public static Request defaults() {
            return new Request(null, null, null, null, null);
        }
    }

    /** @throws IllegalArgumentException for bad input: no index, unknown symbols, no classified day */
    public RegimeRun analyse(Request request, ProgressSink progress, Cancellation cancellation) {
        LocalDate first = request.from();
        LocalDate last = request.to();
        if (first != null && last != null && first.isAfter(last)) {
            throw new IllegalArgumentException("--from " + first + " is after --to " + last);
        }
        RegimeSymbols symbols = RegimeSymbols.resolve(request.index(), request.volatility(), settings,
                        market.dailySymbols())
                .orElseThrow(() -> new IllegalArgumentException("no index to classify: neither "
                        + RegimeSymbols.defaultIndexes() + " has daily bars; give --index SYM"));
        PriceColumns indexBars = upTo(market.one(symbols.index()), last);
        if (indexBars.isEmpty()) {
            throw new IllegalArgumentException("no bars of " + symbols.index() + " up to " + last);
        }
        PriceColumns volBars = symbols.volatility() == null ? null : upTo(market.one(symbols.volatility()), last);
        List<PriceColumns> members = List.of();
        List<String> withoutBars = List.of();
        if (request.universe() != null) {
            MarketLoader.Loaded loaded = market.load(MarketChoice.ofUniverse(request.universe()));
            members = loaded.series().stream().map(s -> upTo(s, last)).toList();
            withoutBars = loaded.withoutBars();
        }
        cancellation.throwIfCancelled();
        RegimeAnalysis analysis = new RegimeModel(RegimeParameters.defaults())
                .run(indexBars, volBars, members, progress, cancellation);
        List<RegimeSnapshot> days = analysis.days().stream()
                .filter(d -> first == null || !d.date().isBefore(first)).toList();
        if (days.isEmpty()) {
            throw new IllegalArgumentException("no classified day" + (first == null ? "" : " from " + first) + " in the "
                    + indexBars.size() + " bars of " + symbols.index() + (last == null ? "" : " up to " + last)
                    + " (the model needs about a year of history before its first day)");
        }
        return new RegimeRun(symbols, request.universe(), withoutBars, analysis, days);
    }

    /** Saves the run's days, replacing saved days on the same dates; returns how many were saved. */
    public int save(RegimeRun run) {
        return snapshots.replace(run.days(), run.analysis().features(), inputs(run));
    }

    /** What the run was computed from; also stored with every snapshot. */
    public static Map<String, Object> inputs(RegimeRun run) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("index", run.symbols().index());
        m.put("volatility", run.symbols().volatility());
        m.put("volatility_source", run.analysis().features().volatilitySource().name().toLowerCase(Locale.ROOT));
        m.put("universe", run.universe());
        m.put("model_version", RegimeModel.VERSION);
        return m;
    }

    /** The bars up to and including {@code last} (all when null). */
    private static PriceColumns upTo(PriceColumns series, LocalDate last) {
        return last == null ? series : series.slice(0, series.indexAtOrAfter(last.toEpochDay() + 1));
    }
}
