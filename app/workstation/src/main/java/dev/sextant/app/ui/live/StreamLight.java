package dev.sextant.app.ui.live;

import java.util.Locale;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.shape.Circle;
import javafx.util.Duration;

/**
 * The stream light of the status bar: a dot coloured by {@link StreamState#light()} (style class
 * {@code light-green}, {@code light-amber}, {@code light-blue}, {@code light-red}, {@code light-off}), a
 * word beside it and the stream's detail in its tooltip.
 */
public final class StreamLight extends Label {

    private final Circle dot = new Circle(5);
    private final Tooltip tip = new Tooltip();
    private volatile StreamState.Light shown;

    public StreamLight(StreamState state) {
        setId("stream-light");
        getStyleClass().add("stream-light");
        dot.getStyleClass().add("stream-light-dot");
        setGraphic(dot);
        setAlignment(Pos.CENTER_LEFT);
        setGraphicTextGap(5);
        textProperty().bind(state.word());
        tip.textProperty().bind(state.tooltip());
        tip.setShowDelay(Duration.millis(300));
        tip.setId("stream-light-tip");
        setTooltip(tip);
        colour(state.light().get());
        state.light().addListener((obs, old, now) -> colour(now));
    }

    private void colour(StreamState.Light light) {
        shown = light;
        getStyleClass().removeIf(c -> c.startsWith("light-"));
        getStyleClass().add("light-" + light.name().toLowerCase(Locale.ROOT));
    }

    /** The colour shown now (its style class). */
    public StreamState.Light shown() {
        return shown;
    }
}
