package dev.sextant.data.provider.stream;

import static dev.sextant.engine.spi.StreamStatus.CONNECTED;
import static dev.sextant.engine.spi.StreamStatus.CONNECTING;
import static dev.sextant.engine.spi.StreamStatus.DELAYED;
import static dev.sextant.engine.spi.StreamStatus.FAILED;
import static dev.sextant.engine.spi.StreamStatus.RECONNECTING;

import dev.sextant.data.provider.AlpacaBars;
import dev.sextant.data.provider.stream.AlpacaMessages.Bar;
import dev.sextant.data.provider.stream.AlpacaMessages.Failure;
import dev.sextant.data.provider.stream.AlpacaMessages.Malformed;
import dev.sextant.data.provider.stream.AlpacaMessages.Message;
import dev.sextant.data.provider.stream.AlpacaMessages.Subscribed;
import dev.sextant.data.provider.stream.AlpacaMessages.Success;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.MarketDataException;
import dev.sextant.engine.spi.MarketDataStream;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Alpaca's market-data stream v2 ({@code wss://stream.data.alpaca.markets/v2/iex|sip}): after the
 * server's {@code connected} greeting it authenticates with the key pair, subscribes to the
 * minute bars and updated bars of the symbols, and hands every bar to the listener ({@code "T":"u"}
 * updates as corrections) in arrival order, duplicates and late bars included.
 *
 * <p>When the connection drops it reports {@link StreamStatus#RECONNECTING}, waits out an
 * exponential backoff and connects again; once subscribed again it fetches the minutes it missed
 * from Alpaca's REST bars ({@link AlpacaBars}): for each symbol, from the minute after the newest
 * bar delivered before the drop (or the first subscription's minute when none came) to the last
 * minute that closed before the new subscription. Live bars keep flowing meanwhile. Refused keys,
 * a second connection with the same keys, a feed the plan lacks or a symbol limit end the stream
 * with {@link StreamStatus#FAILED} and a detail saying which. The keys appear in no log line,
 * status detail or exception message.
 */
public final class AlpacaStream implements MarketDataStream {

    public static final String ID = "alpaca";
    private static final Logger LOG = LoggerFactory.getLogger(AlpacaStream.class);
    private static final Duration MINUTE = Duration.ofMinutes(1);

    private record Ending(boolean fatal, String detail) {
    }

    private final AlpacaSettings settings;
    private final StreamRuntime runtime;
    private final AlpacaBars history;
    /** The newest bar start delivered per symbol, live or backfilled. */
    private final Map<String, Instant> newest = new ConcurrentHashMap<>();
    /** Per symbol, the first minute a drop left missing and no backfill has filled yet. */
    private final Map<String, Instant> gaps = new ConcurrentHashMap<>();
    private final Object statusLock = new Object();
    private StreamStatus shown;
    private String shownDetail;
    private volatile Instant firstSubscribedMinute;
    private volatile Instant liveSince;
    private volatile Instant newestLiveClose;
    private volatile boolean closed;
    private volatile WebSocket socket;
    private List<String> symbols;
    private StreamDelivery delivery;
    private Thread supervisor;
    private ScheduledExecutorService watch;

    public AlpacaStream(AlpacaSettings settings, StreamRuntime runtime) {
        this.settings = settings;
        this.runtime = runtime;
        this.history = new AlpacaBars(runtime.http(), settings.restUrl(), settings.feed(), settings.keyId(), settings.secret());
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String description() {
        return "Alpaca market data (" + settings.feed().toUpperCase(Locale.ROOT) + " feed)";
    }

    @Override
    public synchronized void start(Collection<String> symbols, BarStreamListener listener) {
        Objects.requireNonNull(listener, "listener");
        if (delivery != null) {
            throw new IllegalStateException("the alpaca stream was already started");
        }
        if (symbols.isEmpty()) {
            throw new IllegalArgumentException("alpaca stream: no symbols to subscribe to");
        }
        this.symbols = List.copyOf(new LinkedHashSet<>(symbols));
        delivery = new StreamDelivery(listener, settings.bufferCapacity(), "alpaca-stream-delivery", "closed");
        if (!settings.hasKeys()) {
            show(FAILED, "no Alpaca keys: set " + AlpacaSettings.KEY_ID + " and " + AlpacaSettings.SECRET);
            return;
        }
        supervisor = Thread.ofPlatform().daemon().name("alpaca-stream").start(this::run);
        watch = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("alpaca-stream-watch").factory());
        long every = runtime.watchEvery().toMillis();
        watch.scheduleWithFixedDelay(this::watchDelay, every, every, TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
        }
        if (watch != null) {
            watch.shutdownNow();
        }
        WebSocket current = socket;
        if (current != null) {
            current.close(1000, "client closed");
        }
        if (supervisor != null) {
            supervisor.interrupt();
        }
        if (delivery != null) {
            delivery.finish();
        }
    }

    /** The most bars and statuses that waited at once for the listener (for the slow-consumer policy). */
    public int bufferHighWater() {
        return delivery == null ? 0 : delivery.highWater();
    }

    private void run() {
        Random jitter = runtime.reconnect().jitter();
        int failures = 0;
        show(CONNECTING, "connecting to " + settings.socketUrl());
        while (!closed) {
            Session session = new Session();
            socket = runtime.socketClient().newWebSocket(new Request.Builder().url(settings.socketUrl()).build(), session);
            Ending end;
            try {
                CompletableFuture.anyOf(session.subscribed, session.ended).get();
                if (session.subscribed.isDone()) {
                    failures = 0;
                    backfill();
                }
                end = session.ended.get();
            } catch (InterruptedException e) {
                break;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a session ends with a value, never an exception", e);
            }
            socket.cancel();
            if (closed) {
                break;
            }
            if (end.fatal()) {
                show(FAILED, end.detail());
                break;
            }
            failures++;
            if (failures >= runtime.reconnect().maxAttempts()) {
                show(FAILED, end.detail() + "; gave up after " + failures + " failed connections");
                break;
            }
            markGaps();
            Duration wait = runtime.reconnect().backoff(failures, jitter);
            show(RECONNECTING, end.detail() + "; reconnecting in " + wait.toMillis() + " ms (attempt " + failures + ")");
            try {
                runtime.sleeper().sleep(wait);
            } catch (InterruptedException e) {
                break;
            }
        }
        WebSocket last = socket;
        if (closed && last != null) {
            // close() may have run between the loop's check and the opening of this socket
            last.close(1000, "client closed");
        }
    }

    private void markGaps() {
        Instant first = firstSubscribedMinute;
        if (first == null) {
            return;
        }
        for (String symbol : symbols) {
            Instant last = newest.get(symbol);
            gaps.putIfAbsent(symbol, last == null ? first : last.plus(MINUTE));
        }
    }

    private void backfill() {
        Instant to = liveSince.truncatedTo(ChronoUnit.MINUTES).minus(MINUTE);
        for (String symbol : symbols) {
            Instant from = gaps.get(symbol);
            if (from == null || closed) {
                continue;
            }
            if (from.isAfter(to)) {
                gaps.remove(symbol);
                continue;
            }
            try {
                List<StreamedBar> bars = history.minutes(symbol, from, to);
                bars.forEach(this::deliver);
                gaps.remove(symbol);
                LOG.info("alpaca: backfilled {} bars of {} from {} to {}", bars.size(), symbol, from, to);
            } catch (CancelledException e) {
                return;
            } catch (MarketDataException e) {
                LOG.warn("alpaca: backfill of {} from {} to {} failed: {}", symbol, from, to, e.getMessage());
                show(CONNECTED, "live, but the backfill from " + from + " to " + to + " failed (retried after the next"
                        + " reconnect): " + e.getMessage());
            }
        }
    }

    private void deliver(StreamedBar bar) {
        if (delivery.bar(bar)) {
            newest.merge(bar.symbol(), bar.start(), (a, b) -> a.isAfter(b) ? a : b);
        }
    }

    private void onLiveBar(StreamedBar bar) {
        if (bar.correction()) {
            deliver(bar);
            return;
        }
        Instant close = bar.start().plus(MINUTE);
        Instant before = newestLiveClose;
        if (before == null || close.isAfter(before)) {
            newestLiveClose = close;
        }
        deliver(bar);
        synchronized (statusLock) {
            if (shown == DELAYED && !age(close).minus(settings.delayedAfter()).isPositive()) {
                show(CONNECTED, "bars are current again");
            }
        }
    }

    private void watchDelay() {
        Instant since = liveSince;
        if (since == null) {
            return;
        }
        Instant close = newestLiveClose;
        boolean barSinceConnect = close != null && close.isAfter(since);
        Duration age = age(barSinceConnect ? close : since);
        synchronized (statusLock) {
            if (shown == CONNECTED && age.compareTo(settings.delayedAfter()) > 0) {
                show(DELAYED, barSinceConnect ? "the newest bar closed " + age.toSeconds() + " s ago"
                        : "no bar in the " + age.toSeconds() + " s since connecting");
            }
        }
    }

    private Duration age(Instant then) {
        return Duration.between(then, runtime.clock().instant());
    }

    private void show(StreamStatus status, String detail) {
        String safe = redact(detail);
        synchronized (statusLock) {
            if (closed || status == shown && safe.equals(shownDetail)) {
                return;
            }
            shown = status;
            shownDetail = safe;
            LOG.info("alpaca stream {}: {}", status, safe);
            delivery.status(status, safe);
        }
    }

    private String redact(String text) {
        String result = String.valueOf(text);
        for (String secret : settings.secrets()) {
            result = result.replace(secret, "***");
        }
        return result;
    }

    private static String describe(Failure failure) {
        String said = failure.code() + " " + failure.msg();
        return switch (failure.code()) {
            case 402 -> "Alpaca refused the keys (" + said + "): check " + AlpacaSettings.KEY_ID + " and " + AlpacaSettings.SECRET;
            case 406 -> "Alpaca allows one connection per feed and these keys already have one (" + said + ")";
            case 409 -> "the plan of these keys does not include this feed (" + said + "); try " + AlpacaSettings.FEED + " iex";
            case 405 -> "too many symbols for the plan of these keys (" + said + ")";
            default -> "Alpaca error " + said;
        };
    }

    /** Errors that another attempt would only repeat: bad keys, plan limits, and protocol mistakes of ours. */
    private static boolean isFatal(Failure failure) {
        return switch (failure.code()) {
            case 400, 401, 402, 403, 405, 406, 409 -> true;
            default -> false;
        };
    }

    /** One connection: the greeting, authentication, subscription, then bars until it ends. */
    private final class Session extends WebSocketListener {

        final CompletableFuture<Void> subscribed = new CompletableFuture<>();
        final CompletableFuture<Ending> ended = new CompletableFuture<>();

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            if (closed || ended.isDone()) {
                return;
            }
            List<Message> messages;
            try {
                messages = AlpacaMessages.parse(text);
            } catch (IllegalArgumentException e) {
                LOG.warn("alpaca: skipped a frame that is not Alpaca's JSON: {}", e.getMessage());
                return;
            }
            for (Message message : messages) {
                switch (message) {
                    case Success s when s.msg().equals("connected") ->
                            webSocket.send(AlpacaMessages.auth(settings.keyId(), settings.secret()));
                    case Success s when s.msg().equals("authenticated") ->
                            webSocket.send(AlpacaMessages.subscribe(symbols));
                    case Success s -> LOG.debug("alpaca: success '{}'", s.msg());
                    case Subscribed s -> onSubscribed(s);
                    case Failure f -> end(isFatal(f), describe(f));
                    case Bar b -> onLiveBar(b.bar());
                    case Malformed m -> LOG.warn("alpaca: skipped a message: {}", m.reason());
                }
            }
        }

        private void onSubscribed(Subscribed s) {
            if (subscribed.isDone()) {
                return;
            }
            Instant now = runtime.clock().instant();
            liveSince = now;
            if (firstSubscribedMinute == null) {
                firstSubscribedMinute = now.truncatedTo(ChronoUnit.MINUTES);
            }
            show(CONNECTED, "receiving the minute bars of " + s.bars().size() + (s.bars().size() == 1 ? " symbol (" : " symbols (") + settings.feed() + " feed)");
            subscribed.complete(null);
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            webSocket.close(1000, null);
            end(false, "Alpaca closed the connection (" + code + (reason.isBlank() ? "" : " " + reason) + ")");
        }

        @Override
        public void onClosed(WebSocket webSocket, int code, String reason) {
            end(false, "the connection closed (" + code + ")");
        }

        @Override
        public void onFailure(WebSocket webSocket, Throwable t, Response response) {
            if (response != null && (response.code() == 401 || response.code() == 403 || response.code() == 404)) {
                end(true, "the websocket upgrade was refused with HTTP " + response.code() + "; check "
                        + AlpacaSettings.STREAM_URL);
                return;
            }
            end(false, "connection lost: " + t.getClass().getSimpleName()
                    + (t.getMessage() == null ? "" : ": " + t.getMessage()));
        }

        private void end(boolean fatal, String detail) {
            ended.complete(new Ending(fatal, redact(detail)));
        }
    }
}
