package dev.sextant.app.ui.live;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

/**
 * Hands what other threads offer to the FX thread in batches, at most one batch per pulse: a
 * stream thread may deliver thousands of bars a second (a replay at 1000x), but a chart redraws
 * once per frame. The first offer after a batch starts a pulse timer; the next pulse takes every
 * item offered until then, in order, and stops the timer until something new arrives. Nothing is
 * dropped; the consumer decides what a batch means (the latest bar of each minute wins).
 */
public final class PulseBatcher<T> {

    private final ConcurrentLinkedQueue<T> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean armed = new AtomicBoolean();
    private final Consumer<List<T>> consumer;
    private final AnimationTimer timer;
    private long batches;

    /** @param consumer gets each batch on the FX thread, never empty */
    public PulseBatcher(Consumer<List<T>> consumer) {
        this.consumer = consumer;
        this.timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                drain();
            }
        };
    }

    /** Queues {@code item}; callable from any thread. */
    public void offer(T item) {
        queue.add(item);
        if (armed.compareAndSet(false, true)) {
            Platform.runLater(timer::start);
        }
    }

    private void drain() {
        armed.set(false);
        List<T> batch = new ArrayList<>();
        for (T item; (item = queue.poll()) != null; ) {
            batch.add(item);
        }
        if (batch.isEmpty()) {
            timer.stop();
            return;
        }
        batches++;
        consumer.accept(batch);
        if (queue.isEmpty() && !armed.get()) {
            timer.stop();
        }
    }

    /** How many batches were handed over so far (FX thread). */
    public long batches() {
        return batches;
    }
}
