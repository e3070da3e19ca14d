package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.indicator.IndicatorSpec.Kind;
import dev.sextant.engine.market.PriceColumns;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study specs, the settings form's validation, the source a study reads, and the stored chart settings. */
class StudySpecTest {

    @Test
    void aSpecIsCanonicalAndKnowsItsPaneAndLabel() {
        StudySpec macd = new StudySpec("MACD:12:26", PriceSource.HL2, "#4c9be0", 2, true);
        assertThat(macd.indicator()).isEqualTo("macd:12:26:9");
        assertThat(macd.isPane()).isTrue();
        assertThat(macd.label()).isEqualTo("MACD 12 26 9 hl2");
        assertThat(StudySpec.of("sma:200", "#c35ee0").isPane()).isFalse();
        assertThat(StudySpec.of("vwap", "#4c9be0").label()).isEqualTo("VWAP");
        assertThat(StudySpec.of("vwap", "#4c9be0").appliesTo(false)).isFalse();
    }

    @Test
    void badSpecsNameTheFieldAndTheValue() {
        assertThatThrownBy(() -> StudySpec.of("sma:0", "#ffffff")).hasMessage("sma argument 1 must be >= 1, got 0");
        assertThatThrownBy(() -> StudySpec.of("sma:20", "red")).hasMessage("study colour must be #RRGGBB, got 'red'");
        assertThatThrownBy(() -> new StudySpec("sma:20", PriceSource.CLOSE, "#ffffff", 9, true))
                .hasMessage("study line width must be 0.5..6.0, got 9.0");
        assertThatThrownBy(() -> new StudySpec("atr:14", PriceSource.HIGH, "#ffffff", 1, true))
                .hasMessage("study atr:14 reads high, low and close: source must be close, got high");
        assertThatThrownBy(() -> StudyForm.build(Kind.SMA, List.of("abc"), PriceSource.CLOSE, "#ffffff", 1, true))
                .hasMessage("Period 'abc' is not a whole number >= 1");
        assertThatThrownBy(() -> StudyForm.build(Kind.BB, List.of("20", "-1"), PriceSource.CLOSE, "#ffffff", 1, true))
                .hasMessage("Multiplier '-1' is not a number > 0");
        assertThatThrownBy(() -> StudyForm.build(Kind.VWAP, List.of("Mars/Olympus"), PriceSource.CLOSE, "#ffffff", 1, true))
                .hasMessage("Session zone 'Mars/Olympus' is not a time zone such as America/New_York");
        assertThat(StudyForm.build(Kind.MACD, List.of("5", "35", "5"), PriceSource.OPEN, "#112233", 2.5, true))
                .isEqualTo(new StudySpec("macd:5:35:5", PriceSource.OPEN, "#112233", 2.5, true));
    }

    @Test
    void aStudyReadsItsSourcePrice() {
        PriceColumns bars = ChartMathTest.tenBars();
        // bar 3: open 103, high 113, low 87, close 104
        assertThat(PriceSource.HL2.of(bars)[3]).isEqualTo(100.0);
        assertThat(PriceSource.HLC3.of(bars)[3]).isCloseTo((113 + 87 + 104) / 3.0, within(1e-12));
        assertThat(PriceSource.OHLC4.of(bars)[3]).isEqualTo(101.75);
        // SMA 2 of the highs at bar 3: (112 + 113) / 2, computed by the engine's catalog on the high
        ChartData data = new ChartDataBuilder().build(bars,
                List.of(new StudySpec("sma:2", PriceSource.HIGH, "#ffffff", 1, true), StudySpec.of("sma:2", "#000000")));
        assertThat(data.overlays().get(0).lines().getFirst().values()[3]).isCloseTo(112.5, within(1e-9));
        assertThat(data.overlays().get(1).lines().getFirst().values()[3]).isCloseTo(103.5, within(1e-9));
    }

    @Test
    void settingsRoundTripAndAnUnreadableFileGivesTheDefaults(@TempDir Path home) throws Exception {
        ChartSettingsStore store = ChartSettingsStore.in(home);
        assertThat(store.load()).isEqualTo(ChartSettings.defaults());
        ChartSettings mine = new ChartSettings(List.of(StudySpec.of("ema:34", "#40c0b0"),
                new StudySpec("rsi:7", PriceSource.HLC3, "#b07ce8", 2, false)), StudySpec.defaults(true), true, true,
                Map.of("price", 0.7, "RSI 7 hlc3", 0.3), List.of("S002.SX", "IDX.SX"));
        store.save(mine);
        assertThat(store.load()).isEqualTo(mine);

        Files.writeString(store.file(), "{ not json");
        assertThat(store.load()).isEqualTo(ChartSettings.defaults());
        assertThat(store.file().resolveSibling("chart.json.broken")).exists();
    }
}
