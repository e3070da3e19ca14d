package dev.sextant.app.ui.live;

import dev.sextant.engine.spi.StreamStatus;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The state of the workstation's bar stream (live or replay) as the stream light shows it: the
 * status (null: no stream), its light colour, a short word and the tooltip's line with the stream's
 * detail. Changed on the FX thread.
 */
public final class StreamState {

    /** The colours of the light. */
    public enum Light {
        /** No stream, or stopped. */
        OFF,
        /** Receiving bars as they close. */
        GREEN,
        /** Connecting, or connected but the newest bar is late. */
        AMBER,
        /** Replaying stored bars (or paused). */
        BLUE,
        /** Reconnecting, or failed. */
        RED
    }

    private final ReadOnlyObjectWrapper<StreamStatus> status = new ReadOnlyObjectWrapper<>(this, "status");
    private final ReadOnlyObjectWrapper<Light> light = new ReadOnlyObjectWrapper<>(this, "light", Light.OFF);
    private final ReadOnlyStringWrapper word = new ReadOnlyStringWrapper(this, "word", "No stream");
    private final ReadOnlyStringWrapper tooltip = new ReadOnlyStringWrapper(this, "tooltip", describe(null, ""));

    /** Shows {@code now} with the stream's {@code detail} line (may be empty). */
    public void update(StreamStatus now, String detail) {
        status.set(now);
        light.set(light(now));
        word.set(word(now));
        tooltip.set(describe(now, detail == null ? "" : detail));
    }

    public ReadOnlyObjectProperty<StreamStatus> status() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Light> light() {
        return light.getReadOnlyProperty();
    }

    /** One or two words beside the light: "Live", "Delayed", "Replaying" ... */
    public ReadOnlyStringProperty word() {
        return word.getReadOnlyProperty();
    }

    /** What the light means and the stream's detail, e.g. "Replaying stored bars: SPY, QQQ at 60x". */
    public ReadOnlyStringProperty tooltip() {
        return tooltip.getReadOnlyProperty();
    }

    static Light light(StreamStatus s) {
        return s == null ? Light.OFF : switch (s) {
            case CONNECTED -> Light.GREEN;
            case CONNECTING, DELAYED -> Light.AMBER;
            case REPLAYING, PAUSED -> Light.BLUE;
            case RECONNECTING, FAILED -> Light.RED;
            case STOPPED -> Light.OFF;
        };
    }

    static String word(StreamStatus s) {
        return s == null ? "No stream" : switch (s) {
            case CONNECTING -> "Connecting";
            case CONNECTED -> "Live";
            case DELAYED -> "Delayed";
            case RECONNECTING -> "Reconnecting";
            case REPLAYING -> "Replaying";
            case PAUSED -> "Paused";
            case STOPPED -> "Stopped";
            case FAILED -> "Stream failed";
        };
    }

    static String describe(StreamStatus s, String detail) {
        String meaning = s == null ? "No market-data stream: start a replay, or connect to a provider"
                : switch (s) {
                    case CONNECTING -> "Connecting to the market-data stream";
                    case CONNECTED -> "Connected: bars arrive as they close";
                    case DELAYED -> "Connected, but the newest bar is later than the provider's usual delay";
                    case RECONNECTING -> "Connection lost: reconnecting, then filling in the missed minutes";
                    case REPLAYING -> "Replaying stored bars";
                    case PAUSED -> "Replay paused";
                    case STOPPED -> "Stream stopped";
                    case FAILED -> "The stream gave up";
                };
        return detail.isBlank() ? meaning + "." : meaning + ": " + detail;
    }
}
