package dev.sextant.app.ui.live;

import dev.sextant.engine.live.LiveCross;
import dev.sextant.engine.live.LiveSession;
import dev.sextant.engine.live.LiveSessionListener;
import dev.sextant.engine.live.PaperFill;
import dev.sextant.engine.live.PaperSnapshot;
import dev.sextant.engine.live.Subscription;
import dev.sextant.engine.spi.BarStreamListener;
import dev.sextant.engine.spi.StreamStatus;
import dev.sextant.engine.spi.StreamedBar;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the running session (a replay or a live stream: one at a time) produces, for the panels: its crosses (latest
 * first), paper fills and the paper portfolio after each bar, the stream's status for the light, every bar as the
 * stream delivers it for the charts ({@link LiveFeed}), and a notification for each cross on a watched symbol.
 * {@link #attach} wires a session to these outputs, {@link #detach} lets it go. The session's events come from its
 * dispatch thread (and the stream's) and are applied on the FX thread at most once per pulse, in order; events of a
 * session already detached are dropped.
 */
public final class SessionOutputs {

    private final StreamState state;
    private final LiveFeed feed;
    private final CrossAlerts alerts;
    private final Notifier notifier;
    private final ObservableList<LiveCross> crosses = FXCollections.observableArrayList();
    private final ObservableList<PaperFill> fills = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<PaperSnapshot> paper = new ReadOnlyObjectWrapper<>(this, "paper");
    private final ReadOnlyBooleanWrapper attached = new ReadOnlyBooleanWrapper(this, "attached");
    private final PulseBatcher<Event> events = new PulseBatcher<>(this::apply);
    private Attachment current;
    private double capital;
    private long barsShown;

    /** One session wired to the outputs: what its owner does with status changes, and its subscription. */
    private static final class Attachment {

        private final BiConsumer<StreamStatus, String> onStatus;
        private Subscription subscription;

        private Attachment(BiConsumer<StreamStatus, String> onStatus) {
            this.onStatus = onStatus;
        }
    }

    /** Something a session produced, tagged with the attachment it came from. */
    private record Event(Attachment from, Object what) {
    }

    /** A status change of the stream. */
    private record Status(StreamStatus status, String detail) {
    }

    public SessionOutputs(StreamState state, LiveFeed feed, CrossAlerts alerts, Notifier notifier) {
        this.state = state;
        this.feed = feed;
        this.alerts = alerts;
        this.notifier = notifier;
    }

    /** Watches the symbols of {@code lists} for notifications from now on (callable off the FX thread). */
    public void watch(Map<String, ? extends Collection<String>> lists) {
        alerts.watch(lists);
    }

    /**
     * Shows {@code session}'s outputs from now on, in place of those of the session attached before (FX thread).
     * Returns the listener to start the stream with: it hands each bar to the session and to the charts (the
     * session's own listeners get only the newest bar of a symbol while they are behind, which would leave gaps in a
     * chart), and the stream's status to the session.
     *
     * @param window   the symbols the stream plays and, for a replay, the time its first bar starts
     * @param onStatus gets each status change and its detail on the FX thread, after the light shows it
     */
    public BarStreamListener attach(LiveSession session, LiveFeed.Window window, BiConsumer<StreamStatus, String> onStatus) {
        detach();
        crosses.clear();
        fills.clear();
        paper.set(null);
        barsShown = 0;
        capital = session.config().capital();
        Attachment mine = new Attachment(onStatus);
        mine.subscription = session.subscribe(new LiveSessionListener() {
            @Override
            public void cross(LiveCross cross) {
                events.offer(new Event(mine, cross));
                alerts.alertFor(cross.symbol(), cross.up(), cross.time(), cross.price(), cross.vwap()).ifPresent(notifier::notify);
            }

            @Override
            public void fill(PaperFill fill) {
                events.offer(new Event(mine, fill));
            }

            @Override
            public void paper(PaperSnapshot snapshot) {
                events.offer(new Event(mine, snapshot));
            }

            @Override
            public void status(StreamStatus status, String detail) {
                events.offer(new Event(mine, new Status(status, detail)));
            }
        });
        current = mine;
        feed.window(window);
        attached.set(true);
        return new BarStreamListener() {
            @Override
            public void bar(StreamedBar bar) {
                session.bar(bar);
                events.offer(new Event(mine, bar));
            }

            @Override
            public void status(StreamStatus status, String detail) {
                session.status(status, detail);
            }
        };
    }

    /**
     * Stops showing the attached session (FX thread): its listener is closed, its events still waiting are dropped,
     * the charts get their stored bars back on their next load and the light shows {@code status} with {@code detail}.
     * The session itself is its owner's to finish and close.
     */
    public void detach(StreamStatus status, String detail) {
        detach();
        state.update(status, detail);
    }

    private void detach() {
        if (current == null) {
            return;
        }
        current.subscription.close();
        current = null;
        attached.set(false);
        feed.window(null);
    }

    /** Shows the paper portfolio a finished session ended with (FX thread). */
    public void showFinal(PaperSnapshot last) {
        paper.set(last);
    }

    private void apply(List<Event> batch) {
        List<StreamedBar> newBars = new ArrayList<>();
        for (Event e : batch) {
            if (current == null || e.from() != current) {
                continue;
            }
            switch (e.what()) {
                case StreamedBar b -> newBars.add(b);
                case LiveCross c -> crosses.addFirst(c);
                case PaperFill f -> fills.add(f);
                case PaperSnapshot s -> paper.set(s);
                case Status s -> {
                    state.update(s.status(), s.detail());
                    current.onStatus.accept(s.status(), s.detail());
                }
                default -> throw new IllegalStateException("unexpected event " + e.what());
            }
        }
        if (!newBars.isEmpty()) {
            barsShown += newBars.size();
            feed.bars(newBars);
        }
    }

    /** The session's crosses, latest first. */
    public ObservableList<LiveCross> crosses() {
        return crosses;
    }

    /** The paper fills, in order. */
    public ObservableList<PaperFill> fills() {
        return fills;
    }

    /** The paper portfolio after the latest bar, null before the first. */
    public ReadOnlyObjectProperty<PaperSnapshot> paper() {
        return paper.getReadOnlyProperty();
    }

    /** Whether a session is attached (replaying, paused, played to its end, or connected to a live stream). */
    public ReadOnlyBooleanProperty attached() {
        return attached.getReadOnlyProperty();
    }

    /** The paper portfolio's starting cash (of the session attached last). */
    public double capital() {
        return capital;
    }

    /** Bars handed to the charts so far (FX thread). */
    public long barsShown() {
        return barsShown;
    }
}
