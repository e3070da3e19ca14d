package dev.sextant.app.ui.live;

import dev.sextant.app.api.MarketStreamFactory;
import dev.sextant.app.api.TaskRunner;
import dev.sextant.app.research.live.LiveService;
import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.live.LiveSessionConfig;
import dev.sextant.engine.live.LiveStats;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.MarketDataStream;
import dev.sextant.engine.spi.StreamStatus;
import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Connecting the workstation to a live market-data stream: the providers (the bundled streams, then the plugins'),
 * the symbols to stream, Connect and Disconnect. A connection is a live session (seeded with the stored 1m bars, as
 * {@code ./sextant live} does) fed by a new stream of the chosen provider; its outputs go to the
 * {@link SessionOutputs}. One session at a time: connecting stops a running replay first ({@link #beforeConnect}).
 * Opening the stream, seeding the session and closing both run as background jobs. A stream that gives up (e.g. no
 * keys) is disconnected, with a message naming what to set and how; keys are never shown.
 */
public final class LiveViewModel {

    private static final Pattern SETTING = Pattern.compile("provider\\.[a-z0-9-]+\\.[a-z0-9.-]*[a-z0-9]");

    private final LiveService live;
    private final TaskRunner tasks;
    private final SessionOutputs outputs;
    private final Supplier<Map<String, List<String>>> watchlists;
    private final Clock clock;
    private final LiveSessionConfig config = LiveSessionConfig.defaults();
    private final ObservableList<MarketStreamFactory> providers;
    private final ObjectProperty<MarketStreamFactory> provider = new SimpleObjectProperty<>(this, "provider");
    private final StringProperty symbols = new SimpleStringProperty(this, "symbols", "");
    private final ReadOnlyBooleanWrapper connected = new ReadOnlyBooleanWrapper(this, "connected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Runnable beforeConnect = () -> { };
    private Connection current;

    /** A live session fed by a stream of one provider. */
    private record Connection(String provider, MarketDataStream stream, LiveSession session, List<String> symbols) {
    }

    /**
     * @param watchlists the watchlists' symbols by name, read off the FX thread when connecting (for notifications)
     * @param clock      the wall clock of the live session (when a minute is final, which stored bars seed it)
     */
    public LiveViewModel(LiveService live, TaskRunner tasks, SessionOutputs outputs,
            Supplier<Map<String, List<String>>> watchlists, Clock clock) {
        this.live = live;
        this.tasks = tasks;
        this.outputs = outputs;
        this.watchlists = watchlists;
        this.clock = clock;
        this.providers = FXCollections.observableList(live.streams().all());
        provider.set(providers.isEmpty() ? null : providers.getFirst());
    }

    /** The streams to choose from: the bundled ones (Alpaca first), then those of plugins. */
    public ObservableList<MarketStreamFactory> providers() {
        return providers;
    }

    public ObjectProperty<MarketStreamFactory> provider() {
        return provider;
    }

    /** The symbols to stream, separated by commas or spaces. */
    public StringProperty symbols() {
        return symbols;
    }

    /** Whether a live session is attached (connecting, live, delayed or reconnecting). */
    public ReadOnlyBooleanProperty connected() {
        return connected.getReadOnlyProperty();
    }

    /** Whether a connection is being opened (the stream made, the session seeded from the store). */
    public ReadOnlyBooleanProperty busy() {
        return busy.getReadOnlyProperty();
    }

    /** The last error, refusal or outcome, empty when none. */
    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    /** Runs before a connection opens (FX thread): one session at a time, so a running replay is stopped first. */
    public void beforeConnect(Runnable action) {
        beforeConnect = action;
    }

    /** The symbols typed, upper case, in order, without repeats. */
    List<String> parsedSymbols() {
        return List.copyOf(new LinkedHashSet<>(Arrays.stream(symbols.get().trim().split("[,\\s]+"))
                .filter(s -> !s.isBlank()).map(s -> s.toUpperCase(Locale.ROOT)).toList()));
    }

    /** Connects to the chosen provider for the typed symbols, in place of a running replay or connection. */
    public void connect() {
        MarketStreamFactory factory = provider.get();
        List<String> chosen = parsedSymbols();
        if (factory == null) {
            message.set("Provider: no live stream is installed (the bundled Alpaca stream, or a plugin's).");
            return;
        }
        if (chosen.isEmpty()) {
            message.set("Symbols: name at least one symbol to stream.");
            return;
        }
        disconnect();
        beforeConnect.run();
        busy.set(true);
        message.set("");
        tasks.submit("Connect to " + factory.id() + " for " + String.join(", ", chosen), (p, c) -> {
            outputs.watch(watchlists.get());
            MarketDataStream stream = factory.open();
            try {
                return new Connection(factory.id(), stream, live.live(config, chosen, clock), chosen);
            } catch (RuntimeException e) {
                stream.close();
                throw e;
            }
        }, this::begin, error -> {
            busy.set(false);
            message.set("Not connected to " + factory.id() + ": " + error.getMessage() + hint(error.getMessage()));
        });
    }

    private void begin(Connection ready) {
        busy.set(false);
        beforeConnect.run(); // a replay started while the connection was being opened
        current = ready;
        connected.set(true);
        BarStreamListener listener = outputs.attach(ready.session(), new LiveFeed.Window(new TreeSet<>(ready.symbols()), null),
                (status, detail) -> statusShown(ready, status, detail));
        tasks.submit("Start the " + ready.provider() + " stream", (p, c) -> {
            ready.stream().start(ready.symbols(), listener);
            return ready.provider();
        }, started -> { }, error -> {
            message.set("The " + ready.provider() + " stream did not start: " + error.getMessage());
            end(ready, StreamStatus.FAILED, error.getMessage());
        });
    }

    /** A stream that gave up is disconnected; the light keeps saying why. */
    private void statusShown(Connection from, StreamStatus status, String detail) {
        if (status == StreamStatus.FAILED && from == current) {
            message.set("Not connected to " + from.provider() + ": " + detail + hint(detail));
            end(from, StreamStatus.FAILED, detail);
        }
    }

    /** Disconnects the live session, if any: the stream closes, the session stores its last bars (a background job). */
    public void disconnect() {
        if (current != null) {
            end(current, StreamStatus.STOPPED, "disconnected from " + current.provider());
        }
    }

    /**
     * Disconnects at once, on the calling thread, for the workstation's exit: the stream closes and the session
     * stores its last bars (a few, at most 2 s of them) before the window goes.
     *
     * @throws IllegalStateException when the store kept failing
     */
    public void closeNow() throws InterruptedException {
        Connection ending = current;
        if (ending == null) {
            return;
        }
        current = null;
        connected.set(false);
        outputs.detach(StreamStatus.STOPPED, "disconnected from " + ending.provider());
        try (LiveSession session = ending.session()) {
            ending.stream().close();
            session.finish();
        }
    }

    private void end(Connection ending, StreamStatus shown, String detail) {
        if (ending != current) {
            return;
        }
        current = null;
        connected.set(false);
        outputs.detach(shown, detail);
        tasks.submit("Disconnect from " + ending.provider(), (p, c) -> {
            try (LiveSession session = ending.session()) {
                ending.stream().close();
                session.finish();
                return session.stats();
            }
        }, (LiveStats stats) -> {
            if (shown == StreamStatus.STOPPED) {
                message.set("Disconnected from " + ending.provider() + ": " + stats.finalBars() + " bars, "
                        + stats.crosses() + " crosses, " + stats.fills() + " fills; " + stats.stored() + " bars stored.");
            }
        }, error -> message.set("Disconnected from " + ending.provider() + ", but the last bars were not stored: "
                + error.getMessage()));
    }

    /**
     * How to change the settings a message names ({@code provider.alpaca.key-id} ...), empty when it names none.
     * The workstation has no settings editor: they are set on the command line, the value read from stdin.
     */
    static String hint(String detail) {
        if (detail == null) {
            return "";
        }
        Matcher m = SETTING.matcher(detail);
        TreeSet<String> names = new TreeSet<>();
        while (m.find()) {
            names.add(m.group());
        }
        if (names.isEmpty()) {
            return "";
        }
        return ". Set " + (names.size() == 1 ? "it" : "them") + " on the command line, the value read from stdin: "
                + names.stream().map(n -> "./sextant settings set " + n + " -").collect(Collectors.joining(" and "))
                + "; then Connect again.";
    }

    /** Puts the symbols of the watchlist {@code name} into {@link #symbols()} (read as a background job). */
    public void useWatchlist(String name) {
        tasks.submit("Symbols of " + name, (p, c) -> watchlists.get().getOrDefault(name, List.of()),
                (List<String> found) -> {
                    symbols.set(String.join(", ", found));
                    message.set(found.isEmpty() ? "Watchlist " + name + " holds no symbol." : "");
                }, error -> message.set("Could not read the watchlist " + name + ": " + error.getMessage()));
    }

    /** The live session attached now, if any. */
    public Optional<LiveSession> session() {
        return Optional.ofNullable(current).map(Connection::session);
    }
}
