package dev.sextant.engine.live;

import dev.sextant.engine.spi.StreamStatus;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One listener's mailbox and dispatch thread. The session only appends to the mailbox (it never waits for the
 * listener); the thread hands the events to the listener in order. Coalescing policy, so that a slow listener costs
 * bounded memory and never blocks ingestion: a bar waiting in the mailbox is replaced by a newer bar of the same
 * symbol, and a waiting paper snapshot by a newer one (each moved to the end, after the events before it); crosses,
 * fills and status changes are always delivered (a few per symbol and session). The mailbox therefore holds at most
 * one bar per symbol, one snapshot and the discrete events. A listener that throws is unsubscribed and its error kept.
 */
public final class Subscription implements AutoCloseable {

    private record StatusEvent(StreamStatus status, String detail) {
    }

    private final LiveSessionListener listener;
    private final LinkedHashMap<Object, Object> mailbox = new LinkedHashMap<>();
    private final Thread thread;
    private long sequence;
    private long coalesced;
    private boolean closed;
    private boolean idle = true;
    private volatile RuntimeException failure;

    Subscription(LiveSessionListener listener, String name) {
        this.listener = listener;
        this.thread = Thread.ofPlatform().daemon().name(name).unstarted(this::dispatch);
        thread.start();
    }

    synchronized void offerBar(LiveBar bar) {
        coalescing("bar:" + bar.bar().symbol(), bar);
    }

    synchronized void offerPaper(PaperSnapshot snapshot) {
        coalescing("paper", snapshot);
    }

    synchronized void offer(Object event) {
        if (!closed) {
            mailbox.put(sequence++, event);
            notifyAll();
        }
    }

    synchronized void offerStatus(StreamStatus status, String detail) {
        offer(new StatusEvent(status, detail));
    }

    private void coalescing(String key, Object event) {
        if (closed) {
            return;
        }
        if (mailbox.remove(key) != null) {
            coalesced++;
        }
        mailbox.put(key, event);
        notifyAll();
    }

    /** Events replaced by newer ones because the listener was behind. */
    public synchronized long coalesced() {
        return coalesced;
    }

    /** The exception that stopped the listener, or null. */
    public RuntimeException failure() {
        return failure;
    }

    /** Waits until every event offered so far has been handed to the listener. */
    public synchronized void awaitDelivered() throws InterruptedException {
        while (!closed && (!mailbox.isEmpty() || !idle)) {
            wait();
        }
    }

    private void dispatch() {
        while (true) {
            Object event;
            synchronized (this) {
                idle = true;
                notifyAll();
                while (mailbox.isEmpty() && !closed) {
                    try {
                        wait();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
                if (closed) {
                    return;
                }
                Iterator<Map.Entry<Object, Object>> first = mailbox.entrySet().iterator();
                event = first.next().getValue();
                first.remove();
                idle = false;
            }
            try {
                deliver(event);
            } catch (RuntimeException e) {
                failure = e;
                System.getLogger(Subscription.class.getName()).log(System.Logger.Level.WARNING,
                        "live session listener " + listener.getClass().getName() + " failed and was unsubscribed", e);
                close();
                return;
            }
        }
    }

    private void deliver(Object event) {
        switch (event) {
            case LiveBar b -> listener.bar(b);
            case LiveCross c -> listener.cross(c);
            case PaperFill f -> listener.fill(f);
            case PaperSnapshot p -> listener.paper(p);
            case StatusEvent s -> listener.status(s.status(), s.detail());
            default -> throw new IllegalStateException("unknown event " + event);
        }
    }

    /** Stops delivering; events still waiting are discarded. */
    @Override
    public synchronized void close() {
        closed = true;
        mailbox.clear();
        notifyAll();
    }
}
