package dev.sextant.engine.live;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The one path of streamed minute bars, live or replayed: a {@link BarStreamListener} that
 * <ol>
 * <li>orders each symbol's arrivals, drops exact duplicates and lets a correction (same symbol and start) replace a
 *     bar that is not final yet; a minute is final once a later minute of its symbol arrives, or
 *     {@link LiveSessionConfig#finalLag()} after its end on the stream's clock;</li>
 * <li>writes final bars to the store in batches, one transaction each, retried after a failure
 *     ({@link LiveBarStore}: an upsert, so no bar is lost or doubled);</li>
 * <li>feeds each final regular-hours bar to the symbol's SMA × session-VWAP cross detector (the conventions of
 *     {@code sma-vwap-cross}) and the crosses to a paper portfolio with the intraday fill rules
 *     ({@link IntradayPaperBook});</li>
 * <li>tells its {@link #subscribe subscribers} (bars, crosses, fills, paper snapshots, status) without ever waiting
 *     for them.</li>
 * </ol>
 * Seed each symbol with its stored history first ({@link #seed}) so that the SMA and the cross state continue from
 * it. {@link #finish} ends the session: pending minutes become final, open sessions are closed as the backtester
 * closes a series' last session, and the store is flushed. Thread-safe: the stream calls {@link #bar} from its thread,
 * the store writer checks the lag from its own.
 */
public final class LiveSession implements BarStreamListener, AutoCloseable {

    private static final int FLUSH_ATTEMPTS = 8;

    private final LiveSessionConfig config;
    private final Clock clock;
    private final MinuteSequencer sequencer = new MinuteSequencer();
    private final Map<String, SmaVwapTracker> trackers = new HashMap<>();
    private final IntradayPaperBook paper;
    private final StoreWriter store;
    private final List<Subscription> subscriptions = new CopyOnWriteArrayList<>();
    private final List<LiveCross> crosses = new ArrayList<>();
    private final List<PaperFill> fills = new ArrayList<>();
    private final Map<String, Long> openSessionClose = new HashMap<>();
    private long received;
    private long duplicates;
    private long corrections;
    private long late;
    private long finalBars;
    private boolean finished;
    private StreamStatus status = StreamStatus.CONNECTING;

    /**
     * @param clock   the stream's clock: the wall clock for a live stream, the replay clock for a replay
     * @param sleeper the store writer's backoff after a failed batch
     */
    public LiveSession(LiveSessionConfig config, LiveBarStore store, Clock clock, Sleeper sleeper) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.paper = new IntradayPaperBook(config.capital(), config.amountPerTrade());
        this.store = new StoreWriter(store, clock, sleeper, config, this::finalizeDue);
    }

    public LiveSessionConfig config() {
        return config;
    }

    /**
     * Feeds {@code history} (one symbol's stored 1m bars, before the first streamed minute) to its cross detector,
     * without trading or storing it, and marks its minutes final: a stream repeating one of its last bars (a backfill)
     * is a duplicate, and no seeded minute is traded again.
     */
    public synchronized void seed(PriceColumns history) {
        SmaVwapTracker t = tracker(history.symbol());
        for (int i = 0; i < history.size(); i++) {
            t.next(history.time()[i], history.high()[i], history.low()[i], history.close()[i], history.volume()[i]);
        }
        for (int i = Math.max(0, history.size() - MinuteSequencer.remembered()); i < history.size(); i++) {
            sequencer.seedFinal(new StreamedBar(history.symbol(), history.instant(i), history.open()[i], history.high()[i],
                    history.low()[i], history.close()[i], history.volume()[i], false));
        }
    }

    /**
     * Attaches a listener with its own dispatch thread. Bars and paper snapshots waiting for a listener that is
     * behind are coalesced (the newest per symbol, the newest snapshot); crosses, fills and status changes are all
     * delivered, in order (see {@link Subscription}). The listener first gets the current status.
     */
    public Subscription subscribe(LiveSessionListener listener) {
        Subscription s = new Subscription(Objects.requireNonNull(listener, "listener"),
                "live-listener-" + subscriptions.size());
        synchronized (this) {
            subscriptions.add(s);
            s.offerStatus(status, "");
        }
        return s;
    }

    /** A bar from the stream; after {@link #finish} bars are counted as received but no longer processed. */
    @Override
    public synchronized void bar(StreamedBar bar) {
        received++;
        if (finished) {
            return;
        }
        MinuteSequencer.Outcome outcome = sequencer.accept(bar);
        switch (outcome.arrival()) {
            case DUPLICATE -> duplicates++;
            case CORRECTION -> corrections++;
            case LATE -> {
                late++;
                sequencer.rememberLate(bar);
                store.add(bar);
            }
            case NEW -> {
            }
        }
        outcome.madeFinal().forEach(this::process);
    }

    @Override
    public synchronized void status(StreamStatus newStatus, String detail) {
        status = newStatus;
        for (Subscription s : subscriptions) {
            s.offerStatus(newStatus, detail);
        }
    }

    /** Makes final the minutes whose lag has passed on the stream's clock and closes sessions past their close. */
    synchronized void finalizeDue() {
        if (finished) {
            return;
        }
        Instant now = clock.instant();
        long lag = config.finalLag().toSeconds();
        sequencer.finalizeDue(now, lag).forEach(this::process);
        for (String symbol : paper.openSessions()) {
            Long close = openSessionClose.get(symbol);
            if (close != null && close + lag <= now.getEpochSecond()) {
                publishFills(paper.endSession(symbol));
            }
        }
    }

    private void process(StreamedBar bar) {
        finalBars++;
        store.add(bar);
        long time = bar.start().getEpochSecond();
        SmaVwapTracker.Step step = tracker(bar.symbol()).next(time, bar.high(), bar.low(), bar.close(), bar.volume());
        LiveBar live = new LiveBar(bar, step.sma(), step.vwap(), step.inSession());
        for (Subscription s : subscriptions) {
            s.offerBar(live);
        }
        if (!step.inSession()) {
            return;
        }
        if (step.cross() != 0) {
            LiveCross cross = new LiveCross(bar.symbol(), bar.start(), step.cross() > 0, bar.close(), step.sma(), step.vwap());
            crosses.add(cross);
            for (Subscription s : subscriptions) {
                s.offer(cross);
            }
        }
        if (!config.extendedHours()) {
            config.calendar().session(config.calendar().localDate(time))
                    .ifPresent(session -> openSessionClose.put(bar.symbol(), session.close()));
        }
        publishFills(paper.bar(bar.symbol(), step.session(), time, bar.open(), bar.high(), bar.low(), bar.close(),
                step.cross(), step.lastMinute()));
        PaperSnapshot snapshot = paper.snapshot();
        for (Subscription s : subscriptions) {
            s.offerPaper(snapshot);
        }
    }

    private void publishFills(List<PaperFill> made) {
        for (PaperFill f : made) {
            fills.add(f);
            for (Subscription s : subscriptions) {
                s.offer(f);
            }
        }
    }

    private SmaVwapTracker tracker(String symbol) {
        return trackers.computeIfAbsent(symbol, k -> new SmaVwapTracker(config));
    }

    /**
     * Ends the session (stop the stream first): the minutes still pending become final, each symbol's open session is closed at its last bar
     * (positions sold at its close, exit reason {@code session_close}), everything is stored, and subscribers get
     * {@link StreamStatus#STOPPED}. Returns once the store has every final bar.
     *
     * @throws IllegalStateException when the store kept failing ({@value #FLUSH_ATTEMPTS} attempts in a row)
     * @throws InterruptedException  when interrupted while the store writes
     */
    public void finish() throws InterruptedException {
        synchronized (this) {
            if (finished) {
                return;
            }
            sequencer.finalizeAll().forEach(this::process);
            for (String symbol : paper.openSessions()) {
                publishFills(paper.endSession(symbol));
            }
            PaperSnapshot snapshot = paper.snapshot();
            for (Subscription s : subscriptions) {
                s.offerPaper(snapshot);
            }
            finished = true;
        }
        store.flush(FLUSH_ATTEMPTS);
        status(StreamStatus.STOPPED, "session finished: " + finalBars + " bars, " + crosses.size() + " crosses, "
                + fills.size() + " fills");
    }

    /** Waits until every subscriber has been handed every event so far (for tests and the end of a CLI run). */
    public void awaitDelivered() throws InterruptedException {
        for (Subscription s : subscriptions) {
            s.awaitDelivered();
        }
    }

    public synchronized LiveStats stats() {
        long coalesced = subscriptions.stream().mapToLong(Subscription::coalesced).sum();
        return new LiveStats(received, duplicates, corrections, late, finalBars, store.stored(), store.waiting(),
                store.failures(), crosses.size(), fills.size(), coalesced);
    }

    public synchronized PaperSnapshot paper() {
        return paper.snapshot();
    }

    public synchronized List<LiveCross> crosses() {
        return List.copyOf(crosses);
    }

    public synchronized List<PaperFill> fills() {
        return List.copyOf(fills);
    }

    public synchronized StreamStatus streamStatus() {
        return status;
    }

    /** Stops the store writer and the subscribers' threads; call {@link #finish} first to keep the last bars. */
    @Override
    public void close() {
        store.close();
        subscriptions.forEach(Subscription::close);
    }
}
