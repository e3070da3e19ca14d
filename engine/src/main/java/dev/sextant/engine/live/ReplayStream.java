package dev.sextant.engine.live;

import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.MarketDataStream;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * A {@link MarketDataStream} that plays stored one-minute bars, minute by minute across the chosen symbols, through
 * the same listener as a live stream. A minute's bars are delivered when the replay clock reaches the minute's end.
 * At speed {@code s} a minute of market time takes {@code 60 s / s} of real time ({@link #AS_FAST_AS_POSSIBLE}: no
 * waiting); a gap between two bars longer than 30 minutes (the night, a halt) passes like one minute. Controls, from
 * any thread: {@link #pause}, {@link #resume}, {@link #step} (one minute, then paused), {@link #seek} (forward: the
 * minutes before the target play at once, so the portfolio and the store stay complete) and {@link #setSpeed}.
 * The waiting goes through a {@link Sleeper} in slices of at most 50 ms, so controls act at once and tests need no
 * real time.
 */
public final class ReplayStream implements MarketDataStream {

    /** Speed that plays without waiting. */
    public static final double AS_FAST_AS_POSSIBLE = Double.POSITIVE_INFINITY;

    /** Lowest and highest finite speed. */
    public static final double MIN_SPEED = 1;
    public static final double MAX_SPEED = 1000;

    private static final long SLICE_NANOS = 50_000_000L;
    private static final long LONG_GAP_SECONDS = 30 * 60;

    private final Map<String, PriceColumns> bars = new HashMap<>();
    private final Instant from;
    private final Instant to;
    private final Sleeper sleeper;
    private long[] minutes = new long[0];
    private List<List<StreamedBar>> groups = List.of();
    private Thread thread;
    private BarStreamListener listener;

    private double speed;
    private boolean paused;
    private int steps;
    private Instant seekTarget;
    private boolean closed;
    private boolean finished;
    private int played;
    private Instant time;

    /**
     * @param series 1m bars of at least the symbols that will be started; bars outside {@code [from, to)} are not played
     * @param speed  1 to 1000, or {@link #AS_FAST_AS_POSSIBLE}
     */
    public ReplayStream(Collection<PriceColumns> series, Instant from, Instant to, double speed, Sleeper sleeper) {
        for (PriceColumns p : series) {
            if (p.timeframe() != dev.sextant.engine.market.Timeframe.MINUTE_1) {
                throw new IllegalArgumentException("replay plays 1m bars; " + p.symbol() + " has " + p.timeframe().code());
            }
            bars.put(p.symbol(), p);
        }
        this.from = Objects.requireNonNull(from, "from");
        this.to = Objects.requireNonNull(to, "to");
        if (!from.isBefore(to)) {
            throw new IllegalArgumentException("replay from " + from + " is not before to " + to);
        }
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
        checkSpeed(speed);
        this.speed = speed;
        this.time = from;
    }

    @Override
    public String id() {
        return "replay";
    }

    @Override
    public String description() {
        return "Replay of stored 1m bars";
    }

    @Override
    public synchronized void start(Collection<String> symbols, BarStreamListener target) {
        if (thread != null) {
            throw new IllegalStateException("replay already started");
        }
        TreeMap<Long, List<StreamedBar>> byMinute = new TreeMap<>();
        long first = from.getEpochSecond();
        long last = to.getEpochSecond();
        for (String symbol : symbols) {
            PriceColumns p = bars.get(symbol);
            if (p == null) {
                throw new IllegalArgumentException("symbol " + symbol + ": no 1m bars to replay");
            }
            for (int i = 0; i < p.size(); i++) {
                long t = p.time()[i];
                if (t >= first && t < last) {
                    byMinute.computeIfAbsent(t, k -> new ArrayList<>()).add(new StreamedBar(symbol, Instant.ofEpochSecond(t),
                            p.open()[i], p.high()[i], p.low()[i], p.close()[i], p.volume()[i], false));
                }
            }
        }
        minutes = byMinute.keySet().stream().mapToLong(Long::longValue).toArray();
        groups = List.copyOf(byMinute.values());
        listener = Objects.requireNonNull(target, "listener");
        thread = Thread.ofPlatform().daemon().name("replay").unstarted(this::play);
        thread.start();
    }

    /** The replay's position for a toolbar. */
    public synchronized ReplayClock state() {
        return new ReplayClock(time, speed, paused, finished, played, minutes.length);
    }

    /** The replay time as a clock, for the session's lag checks. */
    public Clock clock() {
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException("the replay clock is in UTC");
            }

            @Override
            public Instant instant() {
                synchronized (ReplayStream.this) {
                    return time;
                }
            }
        };
    }

    public synchronized void pause() {
        if (!paused && !finished) {
            paused = true;
            notifyStatus(StreamStatus.PAUSED, "paused at " + time);
        }
        notifyAll();
    }

    public synchronized void resume() {
        if (paused && !finished) {
            paused = false;
            notifyStatus(StreamStatus.REPLAYING, "replaying at " + speedText(speed));
        }
        notifyAll();
    }

    /** Tells the listener once started (a replay can be paused before it starts). */
    private void notifyStatus(StreamStatus status, String detail) {
        if (listener != null) {
            listener.status(status, detail);
        }
    }

    /** Plays the next minute at once and stays paused (pauses first when playing). */
    public synchronized void step() {
        pause();
        steps++;
        notifyAll();
    }

    /**
     * Plays every minute before {@code target} at once; a paused replay stays paused there.
     *
     * @throws IllegalArgumentException for a time before the replay time: a replay only moves forward
     */
    public synchronized void seek(Instant target) {
        if (target.isBefore(time)) {
            throw new IllegalArgumentException("cannot seek back to " + target + " from " + time
                    + ": a replay only moves forward; start a new replay");
        }
        seekTarget = target;
        notifyAll();
    }

    public synchronized void setSpeed(double newSpeed) {
        checkSpeed(newSpeed);
        speed = newSpeed;
        notifyAll();
    }

    public synchronized double speed() {
        return speed;
    }

    /** Waits until the last minute was played or the replay was closed. */
    public synchronized void awaitFinished() throws InterruptedException {
        while (!finished && !closed) {
            wait();
        }
    }

    private void play() {
        try {
            boolean startPaused;
            synchronized (this) {
                startPaused = paused;
            }
            listener.status(StreamStatus.REPLAYING, "replaying " + minutes.length + " minutes at " + speedText(speed));
            if (startPaused) {
                listener.status(StreamStatus.PAUSED, "paused at " + from);
            }
            for (int k = 0; k < minutes.length; k++) {
                if (!awaitTurn(k)) {
                    return;
                }
                for (StreamedBar b : groups.get(k)) {
                    listener.bar(b);
                }
                synchronized (this) {
                    played = k + 1;
                    time = Instant.ofEpochSecond(minutes[k] + 60);
                }
            }
            listener.status(StreamStatus.STOPPED, "replay finished: " + minutes.length + " minutes");
            synchronized (this) {
                finished = true;
                notifyAll();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Waits until minute {@code k} is due; false when the replay was closed. */
    private boolean awaitTurn(int k) throws InterruptedException {
        long due = minutes[k] + 60;
        long previous = k == 0 ? minutes[0] : minutes[k - 1] + 60;
        long gap = due - previous;
        long marketNanos = (gap > LONG_GAP_SECONDS ? 60 : gap) * 1_000_000_000L;
        long waited = 0;
        while (true) {
            long slice;
            synchronized (this) {
                while (paused && steps == 0 && !closed && !seeking(minutes[k])) {
                    wait();
                }
                if (closed) {
                    return false;
                }
                if (seeking(minutes[k])) {
                    return true;
                }
                if (seekTarget != null) {
                    seekTarget = null;
                }
                if (paused) {
                    steps--;
                    return true;
                }
                if (Double.isInfinite(speed)) {
                    return true;
                }
                long realNanos = (long) (marketNanos / speed);
                if (waited >= realNanos) {
                    return true;
                }
                slice = Math.min(SLICE_NANOS, realNanos - waited);
                long marketPassed = (long) ((waited + slice) * speed / 1_000_000_000L);
                time = Instant.ofEpochSecond(Math.min(previous + marketPassed, due - 1));
            }
            sleeper.sleep(slice);
            waited += slice;
        }
    }

    /** Whether the minute starting at {@code start} lies before the seek target. */
    private boolean seeking(long start) {
        return seekTarget != null && start < seekTarget.getEpochSecond();
    }

    private static void checkSpeed(double s) {
        if (!(s == AS_FAST_AS_POSSIBLE || s >= MIN_SPEED && s <= MAX_SPEED)) {
            throw new IllegalArgumentException("replay speed must be 1 to 1000 (or as fast as possible), got " + s);
        }
    }

    private static String speedText(double s) {
        if (Double.isInfinite(s)) {
            return "full speed";
        }
        return s == Math.rint(s) ? String.format(java.util.Locale.ROOT, "%.0fx", s)
                : String.format(java.util.Locale.ROOT, "%.1fx", s);
    }

    /** Stops playing; the listener gets {@link StreamStatus#STOPPED}. */
    @Override
    public void close() {
        boolean wasRunning;
        synchronized (this) {
            wasRunning = !closed && !finished;
            closed = true;
            notifyAll();
        }
        if (wasRunning && listener != null) {
            listener.status(StreamStatus.STOPPED, "replay stopped at " + state().time());
        }
    }
}
