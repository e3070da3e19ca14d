package dev.sextant.engine.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * A {@link BarRepository} that serves every timeframe a symbol's stored bars can build: a stored
 * series as it is, any other timeframe resampled from the finest stored timeframe it is
 * {@linkplain Timeframe#derivableFrom derivable from}. Resampled bars are computed on each load
 * and never written back, so the store only ever holds bars that came from a source.
 * {@link #listSeries()} lists the stored series; {@link #timeframes(String)} the ones that can be loaded.
 */
public final class ResamplingBarRepository implements BarRepository {

    private final BarRepository stored;
    private final BarResampler resampler;

    public ResamplingBarRepository(BarRepository stored, BarResampler resampler) {
        this.stored = stored;
        this.resampler = resampler;
    }

    /** The stored series only (resampled ones are not data). */
    @Override
    public List<SeriesInfo> listSeries() {
        return stored.listSeries();
    }

    /**
     * A stored series is read as it is, without listing the store: loading a market of hundreds of daily series must
     * not list every series once per symbol. Only a timeframe that is not stored looks for the series to build it from.
     */
    @Override
    public Optional<PriceColumns> load(String symbol, Timeframe timeframe) {
        if (timeframe.isStorable()) {
            Optional<PriceColumns> asStored = stored.load(symbol, timeframe);
            if (asStored.isPresent()) {
                return asStored;
            }
        }
        return source(symbol, timeframe)
                .flatMap(from -> stored.load(symbol, from))
                .map(bars -> resampler.resample(bars, timeframe));
    }

    /** Stored series in one go (as the store reads them); the others, resampled, one by one. */
    @Override
    public List<Optional<PriceColumns>> loadAll(List<String> symbols, Timeframe timeframe, IntConsumer before) {
        if (!timeframe.isStorable()) {
            return BarRepository.super.loadAll(symbols, timeframe, before);
        }
        List<Optional<PriceColumns>> out = new ArrayList<>(stored.loadAll(symbols, timeframe, before));
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).isEmpty()) {
                out.set(i, load(symbols.get(i), timeframe));
            }
        }
        return out;
    }

    /** Every timeframe {@link #load} can serve for {@code symbol}, finest first; empty when nothing is stored. */
    public List<Timeframe> timeframes(String symbol) {
        List<Timeframe> storedFrames = storedTimeframes(symbol);
        return Arrays.stream(Timeframe.values())
                .filter(tf -> storedFrames.stream().anyMatch(tf::derivableFrom))
                .sorted(Timeframe.FINEST_FIRST)
                .toList();
    }

    /** The stored timeframe that {@code timeframe} is loaded from: itself when stored, else the finest it derives from. */
    public Optional<Timeframe> source(String symbol, Timeframe timeframe) {
        return storedTimeframes(symbol).stream()
                .filter(timeframe::derivableFrom)
                .min(Comparator.comparing((Timeframe tf) -> tf != timeframe).thenComparing(Timeframe.FINEST_FIRST));
    }

    private List<Timeframe> storedTimeframes(String symbol) {
        return stored.listSeries().stream()
                .filter(s -> s.symbol().equals(symbol))
                .map(SeriesInfo::timeframe)
                .toList();
    }
}
