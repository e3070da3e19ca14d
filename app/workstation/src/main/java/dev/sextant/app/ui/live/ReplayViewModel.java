package dev.sextant.app.ui.live;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.app.research.live.LiveService;
import dev.sextant.app.research.live.ReplaySession;
import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.live.PaperSnapshot;
import dev.sextant.engine.live.ReplayClock;
import dev.sextant.engine.live.Sleeper;
import dev.sextant.engine.market.BarRepository;
import dev.sextant.engine.market.Timeframe;
import dev.sextant.engine.market.calendar.ExchangeCalendar;
import dev.sextant.engine.market.calendar.TradingSession;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.StreamStatus;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * State and commands of a replay in the workstation: which symbols and session to play, at what
 * speed (1x to 1000x), play and pause, one minute at a time, seek forward; the replay clock. What the
 * replayed session produces (crosses, paper, the light, the charts' bars) goes to the {@link SessionOutputs}.
 */
public final class ReplayViewModel {

    /** The speeds offered. */
    public static final List<Double> SPEEDS = List.of(1.0, 2.0, 5.0, 10.0, 30.0, 60.0, 100.0, 300.0, 1000.0);
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss", Locale.ROOT);

    private final LiveService live;
    private final BarRepository bars;
    private final TaskRunner tasks;
    private final Sleeper sleeper;
    private final SessionOutputs outputs;
    private final Supplier<Map<String, List<String>>> watchlists;
    private final LiveSessionConfig config = LiveSessionConfig.defaults();
    private final StringProperty symbols = new SimpleStringProperty(this, "symbols", "");
    private final ObservableList<LocalDate> sessions = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> session = new SimpleObjectProperty<>(this, "session");
    private final DoubleProperty speed = new SimpleDoubleProperty(this, "speed", 60);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyBooleanWrapper starting = new ReadOnlyBooleanWrapper(this, "starting");
    private final BooleanProperty playing = new SimpleBooleanProperty(this, "playing");
    private final ReadOnlyStringWrapper clock = new ReadOnlyStringWrapper(this, "clock", "--:--:--");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyDoubleWrapper position = new ReadOnlyDoubleWrapper(this, "position");
    private final ReadOnlyDoubleWrapper start = new ReadOnlyDoubleWrapper(this, "start", 0);
    private final ReadOnlyDoubleWrapper end = new ReadOnlyDoubleWrapper(this, "end", 1);
    private final AnimationTimer clockTimer;
    private ReplaySession replay;
    private Runnable beforeStart = () -> { };

    /**
     * @param sleeper how the replay waits between minutes ({@link Sleeper#REAL}; tests pass their own)
     * @param watchlists the watchlists' symbols by name, read off the FX thread when a replay starts
     */
    public ReplayViewModel(LiveService live, BarRepository bars, TaskRunner tasks, Sleeper sleeper, SessionOutputs outputs,
            Supplier<Map<String, List<String>>> watchlists) {
        this.live = live;
        this.bars = bars;
        this.tasks = tasks;
        this.sleeper = sleeper;
        this.outputs = outputs;
        this.watchlists = watchlists;
        this.clockTimer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                showClock();
            }
        };
        speed.addListener((obs, old, now) -> {
            if (replay != null) {
                replay.stream().setSpeed(now.doubleValue());
            }
        });
        playing.addListener((obs, old, now) -> {
            if (replay != null && now != !replay.stream().state().paused()) {
                if (now) {
                    replay.stream().resume();
                } else {
                    replay.stream().pause();
                }
            }
        });
    }

    /** The symbols to replay, separated by commas or spaces. */
    public StringProperty symbols() {
        return symbols;
    }

    /** The sessions the first symbol has 1m bars on, latest first (listed by {@link #findSessions()}). */
    public ObservableList<LocalDate> sessions() {
        return sessions;
    }

    public ObjectProperty<LocalDate> session() {
        return session;
    }

    /** Market minutes per real minute: 1 to 1000. */
    public DoubleProperty speed() {
        return speed;
    }

    /** Whether a replay is loaded (playing, paused or played to its end). */
    public ReadOnlyBooleanProperty running() {
        return running.getReadOnlyProperty();
    }

    /** Whether a replay is being prepared (bars read, session seeded). */
    public ReadOnlyBooleanProperty starting() {
        return starting.getReadOnlyProperty();
    }

    /** Playing (true) or paused; setting it plays or pauses the replay. */
    public BooleanProperty playing() {
        return playing;
    }

    /** The replay clock: New York time of the replay, the minutes played of all, the speed. */
    public ReadOnlyStringProperty clock() {
        return clock.getReadOnlyProperty();
    }

    /** The last error or refusal, empty when none. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** The replay time in epoch seconds, between {@link #start()} and {@link #end()}. */
    public ReadOnlyDoubleProperty position() {
        return position.getReadOnlyProperty();
    }

    /** The open of the replayed session (epoch seconds). */
    public ReadOnlyDoubleProperty start() {
        return start.getReadOnlyProperty();
    }

    /** The close of the replayed session (epoch seconds). */
    public ReadOnlyDoubleProperty end() {
        return end.getReadOnlyProperty();
    }

    /** Runs before a replay starts (FX thread): one session at a time, so a live connection is closed first. */
    public void beforeStart(Runnable action) {
        beforeStart = action;
    }

    /** Lists the sessions of the first symbol (a background job), the latest chosen. */
    public void findSessions() {
        List<String> chosen = parsedSymbols();
        if (chosen.isEmpty()) {
            return;
        }
        String first = chosen.getFirst();
        ExchangeCalendar calendar = config.calendar();
        tasks.submit("Sessions of " + first, (p, c) -> bars.load(first, Timeframe.MINUTE_1).map(series -> {
            TreeSet<LocalDate> dates = new TreeSet<>();
            for (long t : series.time()) {
                LocalDate d = calendar.localDate(t);
                if (calendar.session(d).isPresent()) {
                    dates.add(d);
                }
            }
            return List.copyOf(dates.descendingSet());
        }).orElse(List.of()), (List<LocalDate> found) -> {
            sessions.setAll(found);
            if (session.get() == null || !found.contains(session.get())) {
                session.set(found.isEmpty() ? null : found.getFirst());
            }
            message.set(found.isEmpty() ? "No 1m bars stored for " + first + ": nothing to replay." : "");
        }, error -> message.set("Could not list the sessions of " + first + ": " + error.getMessage()));
    }

    /** The symbols typed, upper case, in order, without repeats. */
    List<String> parsedSymbols() {
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(symbols.get().trim().split("[,\\s]+"))
                .filter(s -> !s.isBlank()).map(s -> s.toUpperCase(Locale.ROOT)).toList()));
    }

    /** Starts replaying the chosen session of the chosen symbols (prepared as a background job), playing. */
    public void startReplay() {
        List<String> chosen = parsedSymbols();
        LocalDate day = session.get();
        if (chosen.isEmpty()) {
            message.set("Symbols: name at least one symbol with 1m bars to replay.");
            return;
        }
        if (day == null) {
            message.set("Session: choose a session to replay.");
            return;
        }
        stopReplay();
        beforeStart.run();
        starting.set(true);
        message.set("");
        double chosenSpeed = speed.get();
        tasks.submit("Replay " + String.join(", ", chosen) + " " + day, (p, c) -> {
            outputs.watch(watchlists.get());
            return live.replay(config, chosen, day, day, chosenSpeed, sleeper);
        }, (ReplaySession ready) -> begin(ready, day), error -> {
            starting.set(false);
            message.set("Replay not started: " + error.getMessage());
        });
    }

    private void begin(ReplaySession ready, LocalDate day) {
        starting.set(false);
        beforeStart.run(); // a live connection opened while the replay was being prepared
        replay = ready;
        ZoneId zone = config.calendar().zone();
        TradingSession hours = config.calendar().session(day).orElseThrow();
        start.set(hours.open());
        end.set(hours.close());
        BarStreamListener listener = outputs.attach(ready.session(),
                new LiveFeed.Window(new TreeSet<>(ready.symbols()), day.atStartOfDay(zone).toInstant()), (status, detail) -> statusShown(status));
        running.set(true);
        playing.set(true);
        ready.stream().start(ready.symbols(), listener);
        clockTimer.start();
    }

    /** Follows the stream's status: the play button, and the end of the replay. */
    private void statusShown(StreamStatus status) {
        if (status == StreamStatus.STOPPED && replay != null && replay.stream().state().finished()) {
            finish(replay);
        }
        if (status == StreamStatus.PAUSED || status == StreamStatus.STOPPED) {
            playing.set(false);
        } else if (status == StreamStatus.REPLAYING) {
            playing.set(true);
        }
        showClock();
    }

    /** The replay played its last minute: the session closes what is open and stores every bar (a background job). */
    private void finish(ReplaySession ended) {
        tasks.submit("Finish replay", (p, c) -> {
            ended.awaitEnd();
            return ended.session().paper();
        }, (PaperSnapshot last) -> {
            if (replay == ended) {
                outputs.showFinal(last);
            }
        }, error -> message.set("Replay not finished cleanly: " + error.getMessage()));
    }

    private void showClock() {
        if (replay == null) {
            return;
        }
        ReplayClock c = replay.stream().state();
        position.set(c.time().getEpochSecond());
        clock.set(clockText(c, config.calendar().zone()));
        if (c.finished()) {
            clockTimer.stop();
        }
    }

    /** "2024-12-30 10:31:00 NY  61/960 min  60x", then "paused" or "end" when so. */
    static String clockText(ReplayClock c, ZoneId zone) {
        String speedText = Double.isInfinite(c.speed()) ? "full speed" : String.format(Locale.ROOT, "%.0fx", c.speed());
        return CLOCK.format(c.time().atZone(zone)) + " NY " + c.minutesPlayed() + "/" + c.minutes() + " " + speedText
                + (c.finished() ? " end" : c.paused() ? " paused" : "");
    }

    /** Plays if paused, pauses if playing. */
    public void togglePlay() {
        if (replay != null) {
            playing.set(!playing.get());
        }
    }

    /** Plays the next minute and stays paused. */
    public void step() {
        if (replay != null) {
            replay.stream().step();
            playing.set(false);
        }
    }

    /** Plays every minute before {@code epochSecond} at once; a replay only moves forward, so an earlier time is refused. */
    public void seek(double epochSecond) {
        if (replay == null) {
            return;
        }
        try {
            replay.stream().seek(Instant.ofEpochSecond((long) epochSecond));
            message.set("");
        } catch (IllegalArgumentException e) {
            message.set(e.getMessage());
            showClock();
        }
    }

    /** Stops the replay (the session keeps what it stored) and hands the charts back their stored bars. */
    public void stopReplay() {
        if (replay == null) {
            return;
        }
        ReplaySession stopping = replay;
        replay = null;
        clockTimer.stop();
        outputs.detach(StreamStatus.STOPPED, "replay stopped");
        running.set(false);
        playing.set(false);
        stopping.close();
    }

    /** The replay running now, if any. */
    public Optional<ReplaySession> replay() {
        return Optional.ofNullable(replay);
    }
}
