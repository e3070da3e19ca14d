package dev.sextant.app.ui.chart;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.research.BacktestRegimes;
import dev.sextant.app.ui.chart.compare.CompareViewModel;
import dev.sextant.app.ui.live.LiveFeed;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.SeriesInfo;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.spi.StreamedBar;
import java.util.ArrayList;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State and decisions of the chart panel: follows the workspace's symbol and timeframe, loads the
 * bars and computes the chosen studies as a background job, and says what the crosshair points at;
 * on demand it maps each day's market regime onto the bars for the background shading.
 * It holds no nodes; the panel binds to it.
 */
public final class ChartViewModel {

    /** Bars shown when a series is loaded: about a year of days (see {@link #window(Timeframe)} for the others). */
    static final int DAILY_WINDOW = 260;
    /** Bars shown around marked trades or signals, at least. */
    static final int MARKED_WINDOW = 120;

    private final PanelContext context;
    private final ChartDataBuilder builder = new ChartDataBuilder();
    private final ReadOnlyObjectWrapper<ChartData> data = new ReadOnlyObjectWrapper<>(this, "data");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyStringWrapper readout = new ReadOnlyStringWrapper(this, "readout", "");
    private final IntegerProperty hoverIndex = new SimpleIntegerProperty(this, "hoverIndex", -1);
    private final BooleanProperty logScale = new SimpleBooleanProperty(this, "logScale", false);
    private final ObservableList<StudySpec> studies = FXCollections.observableArrayList();
    private final ObservableList<Timeframe> timeframes = FXCollections.observableArrayList(Timeframe.DAILY);
    private final BooleanProperty volumeInPane = new SimpleBooleanProperty(this, "volumeInPane");
    private final BooleanProperty fitAll = new SimpleBooleanProperty(this, "fitAll");
    private final StringProperty maximised = new SimpleStringProperty(this, "maximised");
    private final Map<String, Double> paneShares = new HashMap<>();
    private final ChartSettingsStore store;
    private final CompareViewModel compare;
    private List<StudySpec> dailyStudies;
    private List<StudySpec> intradayStudies;
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
    private boolean streaming;
    private LiveFeed.Window window;
    private final List<StreamedBar> sinceReload = new ArrayList<>();
    private boolean loading;
    private List<StudySpec> builtWith = List.of();

    public ChartViewModel(PanelContext context) {
        this(context, new SimpleObjectProperty<>(), RegimeSource.NONE, ChartSettingsStore.none());
    }

    /**
     * @param marks trades or signals to mark when their symbol is charted on daily bars (the workspace's)
     * @param regimes the market regimes the shading shows, classified when the shading is first turned on
     * @param store where the workspace keeps the chart's studies, volume mode and pane heights
     */
    public ChartViewModel(PanelContext context, ObjectProperty<ChartMarks> marks, RegimeSource regimes,
                          ChartSettingsStore store) {
        this.context = context;
        this.marks = marks;
        this.regimeSource = regimes;
        this.store = store;
        ChartSettings saved = store.load();
        dailyStudies = saved.dailyStudies();
        intradayStudies = saved.intradayStudies();
        volumeInPane.set(saved.volumeInPane());
        fitAll.set(saved.fitAll());
        paneShares.putAll(saved.paneShares());
        compare = new CompareViewModel(context, saved.compareSymbols(), this::save);
        volumeInPane.addListener((obs, old, now) -> save());
        fitAll.addListener((obs, old, now) -> save());
        data.addListener((obs, old, now) -> {
            compare.follow(now == null ? null : now.bars());
            if (!streaming) {
                hoverIndex.set(-1);
            }
            updateRegimes();
            updateReadout();
        });
        regimeBands.addListener((obs, old, now) -> updateReadout());
        regimeShading.addListener((obs, old, now) -> updateRegimes());
        marks.addListener((obs, old, now) -> {
            if (base != null && (concerns(now, base.bars()) || concerns(old, base.bars()))) {
                publish();
            }
        });
        context.symbol().addListener((obs, old, now) -> {
            reload();
            findTimeframes();
        });
        context.timeframe().addListener((obs, old, now) -> reload());
        studies.addListener((ListChangeListener<StudySpec>) change -> {
            if (!adjusting) {
                if (Boolean.TRUE.equals(intraday)) {
                    intradayStudies = List.copyOf(studies);
                } else {
                    dailyStudies = List.copyOf(studies);
                }
                save();
                reload();
            }
        });
        reload();
        findTimeframes();
    }

    /** The timeframes the symbol's bars can be shown in: those stored and every one built from them, finest first. */
    public ObservableList<Timeframe> timeframes() {
        return timeframes;
    }

    /** Lists the stored series (a background job) and offers every timeframe derivable from the symbol's. */
    private void findTimeframes() {
        String symbol = context.symbol().get();
        if (symbol == null) {
            return;
        }
        context.tasks().submit("Timeframes of " + symbol, (progress, cancel) -> {
            List<Timeframe> stored = context.bars().listSeries().stream().filter(s -> s.symbol().equals(symbol))
                    .map(SeriesInfo::timeframe).toList();
            return Arrays.stream(Timeframe.values()).filter(tf -> stored.stream().anyMatch(tf::derivableFrom))
                    .sorted(Timeframe.FINEST_FIRST).toList();
        }, (List<Timeframe> found) -> {
            if (symbol.equals(context.symbol().get()) && !found.isEmpty()) {
                timeframes.setAll(found);
            }
        }, error -> message.set("Could not list the timeframes of " + symbol + ": " + error.getMessage()));
    }

    /**
     * How many bars a new chart shows of {@code tf}: a year of days, three years of weeks, ten years of
     * months; intraday, whole sessions (3 of minutes, 5 of 5 minutes, 10 of 15 minutes, 20 of 30 minutes, 40 of hours).
     */
    static int window(Timeframe tf) {
        return switch (tf) {
            case MINUTE_1 -> 3 * 390;
            case MINUTE_5 -> 5 * 78;
            case MINUTE_15 -> 10 * 26;
            case MINUTE_30 -> 20 * 13;
            case HOUR_1 -> 40 * 7;
            case DAILY -> DAILY_WINDOW;
            case WEEKLY -> 3 * 52;
            case MONTHLY -> 10 * 12;
        };
    }

    public ReadOnlyObjectProperty<ChartData> data() {
        return data.getReadOnlyProperty();
    }

    /** What the chart area says instead of a chart (loading, nothing stored), empty when a chart is shown. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Symbol, timeframe and OHLCV of the bar under the crosshair, or of the last bar. */
    public ReadOnlyStringProperty readout() {
        return readout.getReadOnlyProperty();
    }

    /** The bar under the crosshair, -1 when the mouse is not over the bars. */
    public IntegerProperty hoverIndex() {
        return hoverIndex;
    }

    /** The bar the legends describe: the one under the crosshair, else the last bar (-1 without bars). */
    public int legendIndex() {
        ChartData d = data.get();
        if (d == null || d.bars().isEmpty()) {
            return -1;
        }
        return hoverIndex.get() >= 0 ? hoverIndex.get() : d.bars().size() - 1;
    }

    /** A study's values at bar {@code i} as its legend shows them: "SMA 200  123.45", "MACD 12 26 9  1.20  0.95  0.25". */
    public static String legend(ChartData.Study study, int i) {
        StringBuilder s = new StringBuilder(study.spec().label());
        if (i >= 0) {
            for (ChartData.Line line : study.lines()) {
                s.append("  ").append(price(line.values()[i]));
            }
            if (study.histogram() != null) {
                s.append("  ").append(price(study.histogram().values()[i]));
            }
        }
        return s.toString();
    }

    /** Whether volume is drawn in a pane of its own rather than as bars along the bottom of the price pane. */
    public BooleanProperty volumeInPane() {
        return volumeInPane;
    }

    /** Whether the price scale fits everything drawn (overlays included) rather than only the visible candles. */
    public BooleanProperty fitAll() {
        return fitAll;
    }

    /** The key of the pane shown alone ({@link ChartSettings#PRICE}, {@link ChartSettings#VOLUME} or a study's indicator), null when all are shown. */
    public StringProperty maximised() {
        return maximised;
    }

    /** The share of the chart height the workspace gives pane {@code key}, if it remembers one. */
    public Optional<Double> paneShare(String key) {
        return Optional.ofNullable(paneShares.get(key));
    }

    /** Remembers the panes' shares of the chart height (after a divider was dragged) with the workspace. */
    public void rememberPaneShares(Map<String, Double> shares) {
        paneShares.putAll(shares);
        save();
    }

    /** Adds {@code spec} (the same indicator may be shown several times with other settings). */
    public void addStudy(StudySpec spec) {
        studies.add(spec);
    }

    /** Puts {@code now} in the place of {@code old} (changed settings). */
    public void replaceStudy(StudySpec old, StudySpec now) {
        int i = studies.indexOf(old);
        if (i < 0) {
            throw new IllegalArgumentException("study " + old.label() + " is not on the chart");
        }
        studies.set(i, now);
    }

    public void removeStudy(StudySpec spec) {
        maximised.set(null);
        studies.remove(spec);
    }

    /** Hides a shown study or shows a hidden one; its legend entry stays. */
    public void toggleVisible(StudySpec spec) {
        replaceStudy(spec, spec.withVisible(!spec.visible()));
    }

    /** Moves pane study {@code spec} {@code delta} places among the panes (negative: up). */
    public void movePane(StudySpec spec, int delta) {
        List<StudySpec> panes = studies.stream().filter(StudySpec::isPane).toList();
        int at = panes.indexOf(spec);
        int to = at + delta;
        if (at < 0 || to < 0 || to >= panes.size()) {
            return;
        }
        int i = studies.indexOf(spec);
        int j = studies.indexOf(panes.get(to));
        List<StudySpec> reordered = new ArrayList<>(studies);
        reordered.set(i, panes.get(to));
        reordered.set(j, spec);
        studies.setAll(reordered);
    }

    private void save() {
        store.save(new ChartSettings(dailyStudies, intradayStudies, volumeInPane.get(), fitAll.get(), paneShares,
                compare.symbols()));
    }

    /** The symbols compared with the chart's in the price pane. */
    public CompareViewModel compare() {
        return compare;
    }

    public BooleanProperty logScale() {
        return logScale;
    }

    /** The studies on the chart, in order; changing them recomputes the chart. Daily and intraday bars each have their own. */
    public ObservableList<StudySpec> studies() {
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
        int size = window(bars.timeframe());
        return new int[] {Math.max(0, bars.size() - size), bars.size()};
    }

    /**
     * Marks apply to their symbol's bars of the timeframe their times are in: epoch days for daily
     * bars (backtests, scans), epoch seconds for intraday bars (the Crosses panel).
     */
    private static boolean concerns(ChartMarks m, PriceColumns bars) {
        return m != null && m.symbol().equals(bars.symbol()) && bars.timeframe() != Timeframe.WEEKLY
                && bars.timeframe() != Timeframe.MONTHLY && m.intraday() == bars.timeframe().isIntraday();
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
            studies.setAll(isIntraday ? intradayStudies : dailyStudies);
            adjusting = false;
        }
        List<StudySpec> chosen = List.copyOf(studies);
        message.set("Loading " + symbol + " " + timeframe.code() + " ...");
        sinceReload.clear();
        loading = true;
        Instant hideFrom = window != null && window.hides(symbol) && timeframe == Timeframe.MINUTE_1 ? window.from() : null;
        context.tasks().submit("Chart " + symbol + " " + timeframe.code(),
                (progress, cancel) -> context.bars().load(symbol, timeframe)
                        .map(bars -> hideFrom == null ? bars : bars.slice(0, bars.indexAtOrAfter(hideFrom.getEpochSecond())))
                        .filter(bars -> hideFrom == null || !bars.isEmpty())
                        .map(bars -> builder.build(bars, chosen)),
                (Optional<ChartData> result) -> {
                    if (id != request) {
                        return;
                    }
                    loading = false;
                    base = result.orElse(null);
                    builtWith = chosen;
                    if (base != null && !sinceReload.isEmpty() && StreamedSeries.accepts(base.bars())) {
                        base = builder.build(StreamedSeries.merge(base.bars(), sinceReload), chosen); // streamed while loading
                    }
                    sinceReload.clear();
                    if (base == null) {
                        data.set(null);
                    } else {
                        publish();
                    }
                    message.set(result.isPresent() ? "" : "No " + timeframe.code() + " bars stored for " + symbol + ".");
                },
                error -> {
                    if (id == request) {
                        loading = false;
                        base = null;
                        data.set(null);
                        message.set("Could not load " + symbol + ": " + error.getMessage());
                    }
                });
    }

    /**
     * Puts streamed one-minute bars of the charted symbol into the chart: a correction replaces its
     * bar, a new minute is added, the studies and crosses are computed again. Only a 1m chart takes
     * them (a coarser timeframe shows them when it is loaded again). The crosshair stays on its bar.
     *
     * @return whether the chart changed
     */
    public boolean streamed(List<StreamedBar> arrivals) {
        if (loading) {
            sinceReload.addAll(arrivals); // kept for the load under way, which may not have them
        }
        if (base == null || !StreamedSeries.accepts(base.bars())) {
            return false;
        }
        PriceColumns merged = StreamedSeries.merge(base.bars(), arrivals);
        if (merged == base.bars()) {
            return false;
        }
        base = builder.build(merged, builtWith);
        streaming = true;
        try {
            publish();
        } finally {
            streaming = false;
        }
        return true;
    }

    /**
     * Follows the window of a stream: while a replay plays a symbol, its 1m chart shows only the bars
     * before the replay's start and then those the replay plays; null (no replay) shows all stored bars.
     */
    public void streamWindow(LiveFeed.Window now) {
        boolean concernsShown = (now != null && now.hides(String.valueOf(context.symbol().get())))
                || (window != null && window.hides(String.valueOf(context.symbol().get())));
        window = now;
        if (concernsShown) {
            reload();
        }
    }

    /** True while the data changes because bars were streamed in (the panel updates its chart in place). */
    public boolean applyingStream() {
        return streaming;
    }

    /**
     * Points the crosshair at the bar nearest to x-axis value {@code x}; outside the bars (or NaN)
     * the readout and legends describe the last bar.
     */
    public void hover(double x) {
        ChartData d = data.get();
        int i = d == null || Double.isNaN(x) ? -1 : (int) Math.round(x);
        hoverIndex.set(d != null && i >= 0 && i < d.bars().size() ? i : -1);
        updateReadout();
    }

    private void updateReadout() {
        int i = legendIndex();
        ChartData d = data.get();
        if (i < 0) {
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
        s.append(b.symbol()).append(' ').append(b.timeframe().code()).append("  ").append(BarTimeFormat.label(b, i))
                .append(String.format(Locale.ROOT, "  O %s  H %s  L %s  C %s  V %s",
                        price(b.open()[i]), price(b.high()[i]), price(b.low()[i]), price(b.close()[i]),
                        volume(b.volume()[i])));
        if (i > 0) {
            s.append(String.format(Locale.ROOT, "  %+.2f%%", 100 * (b.close()[i] / b.close()[i - 1] - 1)));
        }
        for (ChartData.Marker m : d.markers()) {
            if (m.index() == i && m.kind() != ChartData.Kind.CROSS_UP && m.kind() != ChartData.Kind.CROSS_DOWN) {
                s.append("  [").append(m.label()).append(']');
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

    public static String volume(double v) {
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
