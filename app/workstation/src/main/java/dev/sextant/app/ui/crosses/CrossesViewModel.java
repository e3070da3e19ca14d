package dev.sextant.app.ui.crosses;

import dev.sextant.app.api.PanelContext;
import dev.sextant.app.research.CrossScanService;
import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.WatchlistService;
import dev.sextant.app.ui.job.PanelJob;
import dev.sextant.app.ui.marks.ChartMarks;
import dev.sextant.engine.live.LiveCross;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.scan.SessionCross;
import dev.sextant.engine.strategy.SmaVwapCrossProvider;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;

/**
 * State and commands of the Crosses panel: the session's {@code sma-vwap-cross} crosses over a
 * universe or a watchlist at an intraday timeframe, scanned as a background job
 * ({@link CrossScanService}, as {@code ./sextant scan --timeframe 1m} does), latest first.
 * Selecting a cross charts its symbol at the timeframe with that symbol's crosses of the session
 * marked (up = entry, down = exit) and the view centred on the chosen one.
 */
public final class CrossesViewModel {

    /** Bars shown on each side of the chosen cross. */
    static final int FOCUS_BARS = 60;
    static final List<Timeframe> TIMEFRAMES = Arrays.stream(Timeframe.values()).filter(Timeframe::isIntraday)
            .sorted(Timeframe.FINEST_FIRST).toList();
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm", Locale.ROOT);
    private static final ZoneId EXCHANGE = ZoneId.of("America/New_York");

    private final CrossScanService service;
    private final WatchlistService watchlists;
    private final PanelContext context;
    private final ObjectProperty<ChartMarks> marks;
    private final PanelJob job;
    private final ObservableList<CrossSource> sources = FXCollections.observableArrayList();
    private final ObjectProperty<CrossSource> source = new SimpleObjectProperty<>(this, "source");
    private final ObjectProperty<Timeframe> timeframe = new SimpleObjectProperty<>(this, "timeframe", Timeframe.MINUTE_1);
    private final ObservableList<SessionCross> crosses = FXCollections.observableArrayList();
    private Timeframe scanned = Timeframe.MINUTE_1;
    private int liveCount;

    /**
     * @param universes the stored universes' names, kept current by the workstation
     * @param watchlistNames the watchlists' names, kept current by the workstation
     * @param live the crosses of the running replay or live session as they fire (latest first); each new
     *             one goes on top of the table
     */
    public CrossesViewModel(CrossScanService service, WatchlistService watchlists, ObservableList<String> universes,
            ObservableList<String> watchlistNames, PanelContext context, ObjectProperty<ChartMarks> marks,
            ObservableList<LiveCross> live) {
        this.service = service;
        this.watchlists = watchlists;
        this.context = context;
        this.marks = marks;
        this.job = new PanelJob(context.tasks());
        ListChangeListener<String> refresh = c -> listSources(universes, watchlistNames);
        universes.addListener(refresh);
        watchlistNames.addListener(refresh);
        listSources(universes, watchlistNames);
        live.addListener((ListChangeListener<LiveCross>) c -> {
            while (c.next()) {
                if (c.wasAdded()) {
                    List<? extends LiveCross> added = c.getAddedSubList();
                    for (int i = added.size() - 1; i >= 0; i--) {
                        crosses.addFirst(row(added.get(i)));
                    }
                    scanned = Timeframe.MINUTE_1;
                    liveCount += added.size();
                    job.status().set(String.format(Locale.ROOT, "Live: %d cross(es) of the session so far, latest on top.",
                            liveCount));
                }
                if (c.wasRemoved() && live.isEmpty()) {
                    liveCount = 0;
                }
            }
        });
    }

    /** A cross as it fired, as a row of the table (zero bars since). */
    static SessionCross row(LiveCross c) {
        return new SessionCross(c.symbol(), c.time().getEpochSecond(), c.up(), c.price(), c.vwap(), c.distance(), 0);
    }

    private void listSources(List<String> universes, List<String> watchlistNames) {
        CrossSource chosen = source.get();
        List<CrossSource> all = new ArrayList<>();
        all.add(new CrossSource("all", false));
        universes.stream().filter(u -> !u.equals("all")).forEach(u -> all.add(new CrossSource(u, false)));
        watchlistNames.forEach(w -> all.add(new CrossSource(w, true)));
        sources.setAll(all);
        source.set(chosen != null && all.contains(chosen) ? chosen : all.getFirst());
    }

    public ObservableList<CrossSource> sources() {
        return sources;
    }

    public ObjectProperty<CrossSource> source() {
        return source;
    }

    public ObjectProperty<Timeframe> timeframe() {
        return timeframe;
    }

    /** The scanned session's crosses, latest first. */
    public ObservableList<SessionCross> crosses() {
        return crosses;
    }

    public ReadOnlyStringProperty status() {
        return job.status();
    }

    public ReadOnlyBooleanProperty busy() {
        return job.busy();
    }

    public ReadOnlyDoubleProperty progress() {
        return job.progress();
    }

    public void cancel() {
        job.cancel("Crosses scan cancelled.");
    }

    /** Scans the chosen source at the chosen timeframe as a background job. */
    public void run() {
        CrossSource from = source.get();
        Timeframe tf = timeframe.get();
        if (job.busy().get() || from == null || tf == null) {
            return;
        }
        job.start("Crosses " + from, "Scanning " + from + " at " + tf.code() + " ...", (p, c) -> {
            MarketChoice choice = from.watchlist() ? MarketChoice.ofSymbols(watchlists.show(from.name()).symbols())
                    : MarketChoice.ofUniverse(from.name());
            return service.scan(SmaVwapCrossProvider.ID, Map.of(), choice, tf, null);
        }, scan -> {
            scanned = tf;
            crosses.setAll(scan.crosses());
            job.status().set(String.format(Locale.ROOT, "%d cross(es) in the latest session of %d symbol(s) at %s%s.",
                    scan.crosses().size(), scan.series().size(), tf.code(),
                    scan.withoutBars().isEmpty() ? "" : "; " + scan.withoutBars().size() + " without minute bars left out"));
        }, "Crosses not scanned");
    }

    /** Charts the cross's symbol at the scanned timeframe, its session's crosses marked, centred on this one. */
    public void select(SessionCross chosen) {
        List<ChartMarks.Mark> symbolMarks = crosses.stream().filter(c -> c.symbol().equals(chosen.symbol()))
                .sorted(java.util.Comparator.comparingLong(SessionCross::time))
                .map(c -> new ChartMarks.Mark(c.time(), c.up() ? ChartMarks.Kind.ENTRY : ChartMarks.Kind.EXIT,
                        c.direction() + "-cross " + time(c)))
                .toList();
        long span = FOCUS_BARS * scanned.spacing().toSeconds();
        marks.set(new ChartMarks(chosen.symbol(), symbolMarks, chosen.time() - span, chosen.time() + span));
        context.timeframe().set(scanned);
        context.symbol().set(chosen.symbol());
    }

    /** A cross's bar time in New York, {@code MM-dd HH:mm}. */
    public static String time(SessionCross c) {
        return TIME.format(Instant.ofEpochSecond(c.time()).atZone(EXCHANGE));
    }
}
