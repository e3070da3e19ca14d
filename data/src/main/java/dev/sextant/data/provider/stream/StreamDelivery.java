package dev.sextant.data.provider.stream;

import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Hands a stream's bars and status changes to its listener on one thread of its own, in arrival
 * order, through a bounded buffer. Policy: nothing is ever dropped while the stream runs. When
 * {@code capacity} items wait for a slow listener, the thread that offers the next one (the socket
 * reader) waits for room, which pushes back on the connection instead of losing bars. After
 * {@link #finish()}, the items already buffered are still delivered, then {@link StreamStatus#STOPPED},
 * and later offers are refused.
 */
final class StreamDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(StreamDelivery.class);

    private sealed interface Item permits BarItem, StatusItem {
    }

    private record BarItem(StreamedBar bar) implements Item {
    }

    private record StatusItem(StreamStatus status, String detail) implements Item {
    }

    private final BarStreamListener listener;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notFull = lock.newCondition();
    private final Condition notEmpty = lock.newCondition();
    private final Deque<Item> buffer = new ArrayDeque<>();
    private final String stopDetail;
    private boolean finished;
    private int highWater;

    StreamDelivery(BarStreamListener listener, int capacity, String threadName, String stopDetail) {
        this.listener = listener;
        this.capacity = capacity;
        this.stopDetail = stopDetail;
        Thread.ofPlatform().daemon().name(threadName).start(this::run);
    }

    /** Queues a bar; waits while the buffer is full. False when the delivery has finished (or the wait was interrupted). */
    boolean bar(StreamedBar bar) {
        return offer(new BarItem(bar));
    }

    /** Queues a status change; waits while the buffer is full. */
    boolean status(StreamStatus status, String detail) {
        return offer(new StatusItem(status, detail));
    }

    /** The most items that ever waited at once. */
    int highWater() {
        lock.lock();
        try {
            return highWater;
        } finally {
            lock.unlock();
        }
    }

    /** Delivers what is buffered, then {@link StreamStatus#STOPPED}; refuses later offers. Does not wait. */
    void finish() {
        lock.lock();
        try {
            finished = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private boolean offer(Item item) {
        lock.lock();
        try {
            while (buffer.size() >= capacity && !finished) {
                notFull.await();
            }
            if (finished) {
                return false;
            }
            buffer.addLast(item);
            highWater = Math.max(highWater, buffer.size());
            notEmpty.signal();
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } finally {
            lock.unlock();
        }
    }

    private void run() {
        while (true) {
            Item item;
            lock.lock();
            try {
                while (buffer.isEmpty() && !finished) {
                    notEmpty.awaitUninterruptibly();
                }
                if (buffer.isEmpty()) {
                    break;
                }
                item = buffer.removeFirst();
                notFull.signal();
            } finally {
                lock.unlock();
            }
            deliver(item);
        }
        deliver(new StatusItem(StreamStatus.STOPPED, stopDetail));
    }

    private void deliver(Item item) {
        try {
            switch (item) {
                case BarItem b -> listener.bar(b.bar());
                case StatusItem s -> listener.status(s.status(), s.detail());
            }
        } catch (RuntimeException e) {
            // A failing listener must not end the stream for the items behind it; the failure is reported.
            LOG.error("stream listener failed on {}", item, e);
        }
    }
}
