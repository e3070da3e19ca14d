package dev.sextant.app.ui.chart.compare;

import dev.sextant.app.api.PanelContext;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The chart's compare symbols: which they are (saved with the workspace), their bars in the chart's
 * timeframe (loaded off the FX thread through the panel's bar repository, kept while the timeframe
 * stays), their closes aligned to the main symbol's bars, and what their legend entries say: the
 * percentage change from the first visible bar to the bar under the crosshair (or the last visible
 * bar while the mouse is away). It holds no nodes.
 */
public final class CompareViewModel {

    private final PanelContext context;
    private final Runnable save;
    private final ObservableList<String> symbols = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<List<CompareLine>> lines = new ReadOnlyObjectWrapper<>(this, "lines", List.of());
    private final Map<String, PriceColumns> loaded = new HashMap<>();
    private final Map<String, String> failed = new HashMap<>();
    private final List<String> loading = new ArrayList<>();
    private PriceColumns main;
    private int firstVisible;
    private int endVisible;

    /**
     * @param saved the compare symbols the workspace remembers
     * @param save saves the workspace's chart settings (called after each add or remove)
     */
    public CompareViewModel(PanelContext context, List<String> saved, Runnable save) {
        this.context = context;
        this.save = save;
        symbols.setAll(saved);
    }

    /** The compare symbols, in order (the order gives the colours). */
    public ObservableList<String> symbols() {
        return FXCollections.unmodifiableObservableList(symbols);
    }

    /** The compare lines on the chart's bars, in the order of {@link #symbols()}. */
    public ReadOnlyObjectProperty<List<CompareLine>> lines() {
        return lines.getReadOnlyProperty();
    }

    /** Whether another symbol can be added (one colour per symbol). */
    public boolean full() {
        return symbols.size() >= ComparePalette.size();
    }

    /** Adds {@code symbol} to the chart and loads its bars. */
    public void add(String symbol) {
        String s = symbol == null ? "" : symbol.strip();
        if (s.isEmpty()) {
            throw new IllegalArgumentException("compare symbol must not be blank");
        }
        if (symbols.contains(s)) {
            throw new IllegalArgumentException("compare symbol " + s + " is already on the chart");
        }
        if (main != null && s.equals(main.symbol())) {
            throw new IllegalArgumentException("compare symbol " + s + " is the chart's own symbol");
        }
        if (full()) {
            throw new IllegalArgumentException("compare symbol " + s + ": at most " + ComparePalette.size()
                    + " symbols can be compared; remove one first");
        }
        symbols.add(s);
        save.run();
        update();
    }

    public void remove(String symbol) {
        if (!symbols.remove(symbol)) {
            throw new IllegalArgumentException("compare symbol " + symbol + " is not on the chart");
        }
        loaded.remove(symbol);
        failed.remove(symbol);
        save.run();
        update();
    }

    /** Follows the chart's bars: the compare symbols are aligned to them, reloaded when the timeframe changed. */
    public void follow(PriceColumns bars) {
        if (main == null || bars == null || main.timeframe() != bars.timeframe()) {
            loaded.clear();
            failed.clear();
            loading.clear();
        }
        main = bars;
        update();
    }

    /** The bars {@code [first, end)} the chart shows now: the first is the base of the percentages. */
    public void visible(int first, int end) {
        firstVisible = first;
        endVisible = end;
    }

    /**
     * What the legend entry of {@code line} says: its symbol and its change from the first visible bar
     * to bar {@code hover} (the bar under the crosshair, or -1 for the last visible bar).
     */
    public String legend(CompareLine line, int hover) {
        if (line.closes() == null) {
            return line.symbol() + "  " + line.note();
        }
        int base = line.baseIndex(firstVisible, endVisible);
        int at = hover >= 0 ? hover : endVisible - 1;
        return line.symbol() + "  " + percent(line.change(base, at));
    }

    /** {@code fraction} as a signed percentage with two decimals ("+5.25%"), "-" for NaN. */
    public static String percent(double fraction) {
        return Double.isNaN(fraction) ? "-" : String.format(Locale.ROOT, "%+.2f%%", 100 * fraction);
    }

    /**
     * The symbols that can be compared with the chart (a background job): every stored symbol with bars
     * the chart's timeframe can be built from, except the chart's own and those compared already.
     */
    public void choices(Consumer<List<String>> then, Consumer<Throwable> failure) {
        Timeframe tf = main == null ? null : main.timeframe();
        String own = main == null ? null : main.symbol();
        List<String> taken = List.copyOf(symbols);
        context.tasks().submit("Symbols to compare", (progress, cancel) -> context.bars().listSeries().stream()
                        .filter(s -> tf == null || tf.derivableFrom(s.timeframe()))
                        .map(SeriesInfo::symbol).distinct()
                        .filter(s -> !s.equals(own) && !taken.contains(s)).sorted().toList(),
                then, failure);
    }

    private void update() {
        publish();
        if (main == null) {
            return;
        }
        List<String> missing = symbols.stream()
                .filter(s -> !loaded.containsKey(s) && !failed.containsKey(s) && !loading.contains(s)).toList();
        if (missing.isEmpty()) {
            return;
        }
        Timeframe tf = main.timeframe();
        loading.addAll(missing);
        context.tasks().submit("Compare " + String.join(", ", missing) + " " + tf.code(), (progress, cancel) -> {
            Map<String, Optional<PriceColumns>> bars = new LinkedHashMap<>();
            for (String s : missing) {
                bars.put(s, context.bars().load(s, tf));
            }
            return bars;
        }, (Map<String, Optional<PriceColumns>> bars) -> {
            if (main == null || main.timeframe() != tf) {
                return; // the chart moved on to another timeframe; follow() asked for those bars
            }
            loading.removeAll(missing);
            bars.forEach((s, b) -> loaded.put(s, b.orElseGet(() -> PriceColumns.empty(s, tf))));
            publish();
        }, error -> {
            if (main == null || main.timeframe() != tf) {
                return;
            }
            loading.removeAll(missing);
            missing.forEach(s -> failed.put(s, "could not load: " + error.getMessage()));
            publish();
        });
    }

    private void publish() {
        List<CompareLine> out = new ArrayList<>();
        for (int i = 0; i < symbols.size(); i++) {
            String s = symbols.get(i);
            String colour = ComparePalette.colour(i);
            PriceColumns b = loaded.get(s);
            if (main == null) {
                out.add(new CompareLine(s, colour, null, null, "no chart"));
            } else if (failed.containsKey(s)) {
                out.add(new CompareLine(s, colour, main.time(), null, failed.get(s)));
            } else if (b == null) {
                out.add(new CompareLine(s, colour, main.time(), null, "loading ..."));
            } else if (b.isEmpty()) {
                out.add(new CompareLine(s, colour, main.time(), null, "no " + main.timeframe().code() + " bars stored"));
            } else {
                out.add(new CompareLine(s, colour, main.time(),
                        DateAlignment.closesAt(main.timeframe(), main.time(), b.time(), b.close()), null));
            }
        }
        lines.set(List.copyOf(out));
    }
}
