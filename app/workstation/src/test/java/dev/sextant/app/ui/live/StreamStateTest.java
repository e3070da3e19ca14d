package dev.sextant.app.ui.live;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.spi.StreamStatus;
import org.junit.jupiter.api.Test;

class StreamStateTest {

    @Test
    void eachStatusHasItsColourWordAndTooltip() {
        StreamState state = new StreamState();
        assertThat(state.light().get()).isEqualTo(StreamState.Light.OFF);
        assertThat(state.word().get()).isEqualTo("No stream");

        state.update(StreamStatus.CONNECTED, "alpaca iex, 3 symbols");
        assertThat(state.light().get()).isEqualTo(StreamState.Light.GREEN);
        assertThat(state.word().get()).isEqualTo("Live");
        assertThat(state.tooltip().get()).isEqualTo("Connected: bars arrive as they close: alpaca iex, 3 symbols");

        state.update(StreamStatus.DELAYED, "");
        assertThat(state.light().get()).isEqualTo(StreamState.Light.AMBER);
        assertThat(state.tooltip().get()).isEqualTo("Connected, but the newest bar is later than the provider's usual delay.");

        state.update(StreamStatus.REPLAYING, "replaying 390 minutes at 60x");
        assertThat(state.light().get()).isEqualTo(StreamState.Light.BLUE);
        assertThat(state.tooltip().get()).isEqualTo("Replaying stored bars: replaying 390 minutes at 60x");
        state.update(StreamStatus.PAUSED, null);
        assertThat(state.light().get()).isEqualTo(StreamState.Light.BLUE);
        assertThat(state.word().get()).isEqualTo("Paused");

        state.update(StreamStatus.RECONNECTING, "attempt 2");
        assertThat(state.light().get()).isEqualTo(StreamState.Light.RED);
        state.update(StreamStatus.FAILED, "keys refused (401)");
        assertThat(state.light().get()).isEqualTo(StreamState.Light.RED);
        assertThat(state.tooltip().get()).isEqualTo("The stream gave up: keys refused (401)");
        state.update(StreamStatus.CONNECTING, "");
        assertThat(state.light().get()).isEqualTo(StreamState.Light.AMBER);
        state.update(StreamStatus.STOPPED, "replay finished: 390 minutes");
        assertThat(state.light().get()).isEqualTo(StreamState.Light.OFF);
        assertThat(state.word().get()).isEqualTo("Stopped");
    }
}
