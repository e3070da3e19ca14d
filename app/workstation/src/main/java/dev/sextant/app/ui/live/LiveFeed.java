package dev.sextant.app.ui.live;

import dev.sextant.engine.spi.StreamedBar;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

/**
 * What the running stream hands to the open charts: its bars, in batches of at most one per pulse
 * (FX thread), and the window it plays, so that a chart of a replayed symbol first hides the bars
 * the replay is about to play.
 */
public final class LiveFeed {

    /** The symbols a stream plays and the time its first bar starts (null: a live stream, nothing hidden). */
    public record Window(Set<String> symbols, Instant from) {

        public boolean hides(String symbol) {
            return from != null && symbols.contains(symbol);
        }
    }

    private final List<Consumer<List<StreamedBar>>> listeners = new CopyOnWriteArrayList<>();
    private final ReadOnlyObjectWrapper<Window> window = new ReadOnlyObjectWrapper<>(this, "window");

    /** Gets every batch of bars on the FX thread from now on. */
    public void addBarListener(Consumer<List<StreamedBar>> listener) {
        listeners.add(listener);
    }

    void bars(List<StreamedBar> batch) {
        listeners.forEach(l -> l.accept(batch));
    }

    /** The window of the stream running now, null without one. */
    public ReadOnlyObjectProperty<Window> window() {
        return window.getReadOnlyProperty();
    }

    void window(Window now) {
        window.set(now);
    }
}
