package dev.sextant.app.ui.chart;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.research.BacktestRegimes;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;

/**
 * State and decisions of the chart panel: follows the workspace's symbol and timeframe, loads the
 * bars and computes the chosen studies as a background job, and says what the crosshair points at;
 * on demand it maps each day's market regime onto the bars for the background shading.
 * It holds no nodes; the panel binds to it.
 */
public final class ChartViewModel {

    /** Bars shown when a series is loaded: about a year of days, or three sessions of minutes. */
    static final int DAILY_WINDOW = 260;
    static final int INTRADAY_WINDOW = 3 * 390;
    /** Bars shown around marked trades or signals, at least. */
    static final int MARKED_WINDOW = 120;

    private final PanelContext context;
    private final ChartDataBuilder builder = new ChartDataBuilder();
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final ObservableSet<Study> studies = FXCollections.observableSet(EnumSet.noneOf(Study.class));
    private final ObjectProperty<ChartMarks> marks;
    private final RegimeSource regimeSource;
    private final BooleanProperty regimeShading = new SimpleBooleanProperty(this, "regimeShading", false);
    private final ReadOnlyObjectWrapper<RegimeBands> regimeBands = new ReadOnlyObjectWrapper<>(this, "regimeBands");
    private final ReadOnlyStringWrapper regimeNote = new ReadOnlyStringWrapper(this, "regimeNote", "");
    private Optional<BacktestRegimes.Classified> classified;
    private boolean classifying;
    private PriceColumns bandsOf;
    private ChartData base;
    private Boolean intraday;
    private long request;
    private boolean adjusting;

    public ChartViewModel(PanelContext context) {
        this(context, new SimpleObjectProperty<>(), RegimeSource.NONE);
    }

    /**
     * @param marks trades or signals to mark when their symbol is charted on daily bars (the workspace's)
     * @param regimes the market regimes the shading shows, classified when the shading is first turned on
     */
    public ChartViewModel(PanelContext context, ObjectProperty<ChartMarks> marks, RegimeSource regimes) {
        this.context = context;
        this.marks = marks;
        this.regimeSource = regimes;
        data.addListener((obs, old, now) -> updateRegimes());
        regimeShading.addListener((obs, old, now) -> updateRegimes());
        marks.addListener((obs, old, now) -> {
            if (base != null && (concerns(now, base.bars()) || concerns(old, base.bars()))) {
                publish();
            }
        });
        context.symbol().addListener((obs, old, now) -> reload());
        context.timeframe().addListener((obs, old, now) -> reload());
        studies.addListener((SetChangeListener<Study>) change -> {
            if (!adjusting) {
                reload();
            }
        });
        reload();
    }

    public ReadOnlyObjectProperty<ChartData> data() {
        return data.getReadOnlyProperty();
    }

    /** What the chart area says instead of a chart (loading, nothing stored), empty when a chart is shown. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** OHLCV and study values under the crosshair. */
    public ReadOnlyStringProperty readout() {
        return readout.getReadOnlyProperty();
    }

    public BooleanProperty logScale() {
        return logScale;
    }

    /** The studies shown; changing the set recomputes the chart. Reset to the defaults when switching between daily and intraday. */
    public ObservableSet<Study> studies() {
        return studies;
    }

    /** Whether each day's market regime shades the price chart's background (daily bars). */
    public BooleanProperty regimeShading() {
        return regimeShading;
    }

    /** The regime bands behind the loaded bars; null while the shading is off or has nothing to show. */
    public ReadOnlyObjectProperty<RegimeBands> regimeBands() {
        return regimeBands.getReadOnlyProperty();
    }

    /** What the shading shows (which index's regimes), or why it shows nothing; empty while it is off. */
    public ReadOnlyStringProperty regimeNote() {
        return regimeNote.getReadOnlyProperty();
    }

    /**
     * Brings the bands in line with the switch and the loaded bars: classifies the regimes once (a
     * background job), then maps them onto each daily series charted.
     */
    private void updateRegimes() {
        ChartData d = data.get();
        if (!regimeShading.get() || d == null) {
            regimeBands.set(null);
            bandsOf = null;
            regimeNote.set(regimeShading.get() ? "No chart to shade." : "");
            return;
        }
        if (d.bars().timeframe() != Timeframe.DAILY) {
            regimeBands.set(null);
            bandsOf = null;
            regimeNote.set("Regimes are daily: shading shows on daily bars (1d).");
            return;
        }
        if (classified == null) {
            classifyRegimes();
            return;
        }
        if (classified.isEmpty()) {
            regimeBands.set(null);
            bandsOf = null;
            regimeNote.set("No regimes: no index to classify (neither SPY nor IDX.SX has daily bars and the setting regime.index"
                    + " is not set).");
            return;
        }
        BacktestRegimes.Classified c = classified.get();
        if (bandsOf != d.bars()) {
            String source = c.symbols().index() + (c.symbols().volatility() == null ? " (realised volatility)"
                    : " with " + c.symbols().volatility());
            regimeBands.set(RegimeBands.of(d.bars(), c.byDate(), source));
            bandsOf = d.bars();
        }
        regimeNote.set(regimeBands.get().size() == 0 ? "No classified day of " + c.symbols().index() + " falls on these bars."
                : "Market regime of each day, from " + regimeBands.get().source() + ":");
    }

    private void classifyRegimes() {
        if (classifying) {
            return;
        }
        classifying = true;
        regimeNote.set("Classifying market regimes ...");
        context.tasks().submit("Market regimes for the chart", (progress, cancel) -> regimeSource.classify(),
                (Optional<BacktestRegimes.Classified> result) -> {
                    classifying = false;
                    classified = result;
                    updateRegimes();
                },
                error -> {
                    classifying = false;
                    regimeNote.set("Could not classify market regimes: " + error.getMessage());
                });
    }

    public PanelContext context() {
        return context;
    }

    /**
     * The bar range shown first for the loaded series: the span of the marks on it with some bars
     * around (at least {@link #MARKED_WINDOW} bars), else the most recent window.
     */
    public int[] initialWindow(PriceColumns bars) {
        ChartMarks m = marks.get();
        if (concerns(m, bars)) {
            int from = indexAtOrAfter(bars, m.focusFrom());
            int to = Math.min(bars.size(), indexAtOrAfter(bars, m.focusTo()) + 1);
            int pad = Math.max(10, (MARKED_WINDOW - (to - from) + 1) / 2);
            return new int[] {Math.max(0, from - pad), Math.min(bars.size(), Math.max(to, from + 1) + pad)};
        }
        int size = bars.timeframe().isIntraday() ? INTRADAY_WINDOW : DAILY_WINDOW;
        return new int[] {Math.max(0, bars.size() - size), bars.size()};
    }

    /** Marks apply to daily bars of their symbol (backtests and scans work on daily bars). */
    private static boolean concerns(ChartMarks m, PriceColumns bars) {
        return m != null && bars.timeframe() == Timeframe.DAILY && m.symbol().equals(bars.symbol());
    }

    private static int indexAtOrAfter(PriceColumns bars, long time) {
        int i = Arrays.binarySearch(bars.time(), time);
        return Math.min(bars.size() - 1, i >= 0 ? i : -i - 1);
    }

    private void publish() {
        ChartMarks m = marks.get();
        if (!concerns(m, base.bars())) {
            data.set(base);
            return;
        }
        List<ChartData.Marker> extra = new ArrayList<>();
        for (ChartMarks.Mark mark : m.marks()) {
            int i = Arrays.binarySearch(base.bars().time(), mark.time());
            if (i >= 0) {
                ChartData.Kind kind = switch (mark.kind()) {
                    case ENTRY -> ChartData.Kind.ENTRY;
                    case EXIT -> ChartData.Kind.EXIT;
                    case SIGNAL -> ChartData.Kind.SIGNAL;
                };
                extra.add(new ChartData.Marker(i, kind, mark.label()));
            }
        }
        data.set(base.withMarkers(extra));
    }

    /** The markers on the loaded series that come from the workspace's marks (trades, signals). */
    public List<ChartData.Marker> markedByOthers() {
        ChartData d = data.get();
        return d == null ? List.of() : d.markers().stream()
                .filter(m -> m.kind() != ChartData.Kind.CROSS_UP && m.kind() != ChartData.Kind.CROSS_DOWN).toList();
    }

    private void reload() {
        String symbol = context.symbol().get();
        Timeframe timeframe = context.timeframe().get();
        long id = ++request;
        if (symbol == null || timeframe == null) {
            base = null;
            data.set(null);
            message.set("Choose a symbol (Ctrl+K) to see its chart.");
            return;
        }
        boolean isIntraday = timeframe.isIntraday();
        if (!Boolean.valueOf(isIntraday).equals(intraday)) {
            intraday = isIntraday;
            adjusting = true;
            studies.retainAll(Study.defaults(isIntraday));
            studies.addAll(Study.defaults(isIntraday));
            adjusting = false;
        }
        Set<Study> chosen = Set.copyOf(studies);
        message.set("Loading " + symbol + " " + timeframe.code() + " ...");
        context.tasks().submit("Chart " + symbol + " " + timeframe.code(),
                (progress, cancel) -> context.bars().load(symbol, timeframe).map(bars -> builder.build(bars, chosen)),
                (Optional<ChartData> result) -> {
                    if (id != request) {
                        return;
                    }
                    base = result.orElse(null);
                    if (base == null) {
                        data.set(null);
                    } else {
                        publish();
                    }
                    message.set(result.isPresent() ? "" : "No " + timeframe.code() + " bars stored for " + symbol + ".");
                },
                error -> {
                    if (id == request) {
                        base = null;
                        data.set(null);
                        message.set("Could not load " + symbol + ": " + error.getMessage());
                    }
                });
    }

    /** Updates the readout for the bar nearest to x-axis value {@code x}; clears it outside the bars. */
    public void hover(double x) {
        ChartData d = data.get();
        if (d == null || d.bars().isEmpty() || Double.isNaN(x)) {
            readout.set("");
            return;
        }
        int i = (int) Math.round(x);
        if (i < 0 || i >= d.bars().size()) {
            readout.set("");
            return;
        }
        RegimeBands bands = regimeBands.get();
        MarketRegime regime = bands == null ? null : bands.at(i);
        readout.set(regime == null ? describe(d, i) : describe(d, i) + "  regime " + regime.label());
    }

    static String describe(ChartData d, int i) {
        PriceColumns b = d.bars();
        StringBuilder s = new StringBuilder();
        s.append(b.symbol()).append("  ").append(BarTimeFormat.label(b, i))
                .append(String.format(Locale.ROOT, "  O %s  H %s  L %s  C %s  V %s",
                        price(b.open()[i]), price(b.high()[i]), price(b.low()[i]), price(b.close()[i]),
                        volume(b.volume()[i])));
        if (i > 0) {
            s.append(String.format(Locale.ROOT, "  %+.2f%%", 100 * (b.close()[i] / b.close()[i - 1] - 1)));
        }
        for (ChartData.Line line : d.overlays()) {
            s.append("  ").append(line.label()).append(' ').append(price(line.values()[i]));
        }
        for (ChartData.Marker m : d.markers()) {
            if (m.index() == i && m.kind() != ChartData.Kind.CROSS_UP && m.kind() != ChartData.Kind.CROSS_DOWN) {
                s.append("  [").append(m.label()).append(']');
            }
        }
        for (ChartData.Pane pane : d.panes()) {
            for (ChartData.Line line : pane.lines()) {
                s.append("  ").append(pane.lines().size() == 1 ? pane.study().label() : line.label())
                        .append(' ').append(price(line.values()[i]));
            }
        }
        return s.toString();
    }

    static String price(double v) {
        if (Double.isNaN(v)) {
            return "-";
        }
        return String.format(Locale.ROOT, Math.abs(v) >= 1000 ? "%,.1f" : "%.2f", v);
    }

    static String volume(double v) {
        if (v >= 1e9) {
            return String.format(Locale.ROOT, "%.2fB", v / 1e9);
        }
        if (v >= 1e6) {
            return String.format(Locale.ROOT, "%.2fM", v / 1e6);
        }
        if (v >= 1e3) {
            return String.format(Locale.ROOT, "%.1fK", v / 1e3);
        }
        return String.format(Locale.ROOT, "%.0f", v);
    }
}
