package dev.sextant.app.ui.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare symbols in chart.json: saved in order, absent in older files, bad entries refused. */
class CompareSettingsTest {

    @Test
    void compareSymbolsRoundTripAndAFileWithoutThemHasNone(@TempDir Path home) throws Exception {
        ChartSettingsStore store = ChartSettingsStore.in(home);
        ChartSettings mine = new ChartSettings(StudySpec.defaults(false), StudySpec.defaults(true), false, false, Map.of(),
                List.of("S003.SX", "IDX.SX"));
        store.save(mine);
        assertThat(Files.readString(store.file())).contains("\"compareSymbols\"");
        assertThat(store.load().compareSymbols()).containsExactly("S003.SX", "IDX.SX");

        String older = Files.readString(store.file()).replaceAll(",\\s*\"compareSymbols\"[^\\]]*\\]", "");
        assertThat(older).doesNotContain("compareSymbols");
        Files.writeString(store.file(), older);
        assertThat(store.load()).isEqualTo(new ChartSettings(StudySpec.defaults(false), StudySpec.defaults(true), false,
                false, Map.of(), List.of()));
    }

    @Test
    void aBlankPaddedOrRepeatedSymbolIsRefusedNamingIt() {
        assertThatThrownBy(() -> new ChartSettings(List.of(), List.of(), false, false, Map.of(), List.of("A", "A")))
                .hasMessage("compareSymbols: 'A' is blank, padded or listed twice");
        assertThatThrownBy(() -> new ChartSettings(List.of(), List.of(), false, false, Map.of(), List.of(" B")))
                .hasMessage("compareSymbols: ' B' is blank, padded or listed twice");
    }
}
