package dev.sextant.app.research.live;

import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.live.ReplayStream;
import java.util.List;

/**
 * A replay wired to its live session: {@link #start} plays the stream into the session, {@link #awaitEnd} waits for
 * the last minute and finishes the session (open positions closed at the session's last bar, every bar stored).
 * The UI attaches to {@link #session()} ({@code subscribe}) and drives {@link #stream()} (pause, step, seek, speed,
 * {@code state()} for the replay clock).
 */
public final class ReplaySession implements AutoCloseable {

    private final ReplayStream stream;
    private final LiveSession session;
    private final List<String> symbols;

    ReplaySession(ReplayStream stream, LiveSession session, List<String> symbols) {
        this.stream = stream;
        this.session = session;
        this.symbols = List.copyOf(symbols);
    }

    public ReplayStream stream() {
        return stream;
    }

    public LiveSession session() {
        return session;
    }

    public List<String> symbols() {
        return symbols;
    }

    public void start() {
        stream.start(symbols, session);
    }

    /** Waits until the replay played its last minute (or was closed), then finishes the session. */
    public void awaitEnd() throws InterruptedException {
        stream.awaitFinished();
        session.finish();
        session.awaitDelivered();
    }

    /** Stops the replay and the session's threads. */
    @Override
    public void close() {
        stream.close();
        session.close();
    }
}
