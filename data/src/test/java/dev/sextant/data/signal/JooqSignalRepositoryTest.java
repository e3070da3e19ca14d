package dev.sextant.data.signal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.OutboxWriter;
import dev.sextant.engine.spi.Signal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JooqSignalRepositoryTest {

    @TempDir
    Path home;

    private static Signal signal(String strategy, String symbol, LocalDate date, double rank, double volumeRatio) {
        return new Signal(Signal.idOf(strategy, symbol, date), strategy, symbol, date, 10.5,
                Map.of("dwap", 10.0, "pct_above_dwap", 0.05), volumeRatio, 9.0, Double.NaN, rank > 1, rank);
    }

    @Test
    void savedScansAreListedNewestFirstAndReopenWithTheirIndicatorsAndVolumeRatio() {
        LocalDate monday = LocalDate.of(2024, 3, 4);
        LocalDate tuesday = monday.plusDays(1);
        try (Database db = Database.open(home)) {
            JooqSignalRepository repo = new JooqSignalRepository(db.dsl(), OutboxWriter.NONE);
            repo.saveScan(List.of(signal("dwap-breakout", "AAA", monday, 1.0, 1.5),
                    signal("dwap-breakout", "BBB", monday, 2.0, Double.NaN)), monday, 5);
            repo.saveScan(List.of(signal("sma-cross", "AAA", tuesday, 0.5, 2.0)), tuesday, 5);

            assertThat(repo.scans()).containsExactly(
                    new dev.sextant.engine.scan.SavedScan("sma-cross", tuesday, 1),
                    new dev.sextant.engine.scan.SavedScan("dwap-breakout", monday, 2));

            List<Signal> reopened = repo.signals("dwap-breakout", monday);
            assertThat(reopened).extracting(Signal::symbol).containsExactly("BBB", "AAA");
            Signal aaa = reopened.get(1);
            assertThat(aaa.indicators()).containsEntry("dwap", 10.0).containsEntry("pct_above_dwap", 0.05)
                    .doesNotContainKey("volume_ratio");
            assertThat(aaa.volumeRatio()).isEqualTo(1.5);
            assertThat(aaa.stop()).isEqualTo(9.0);
            assertThat(aaa.target()).isNaN();
            assertThat(reopened.get(0).volumeRatio()).isNaN();
            assertThat(reopened.get(0).strong()).isTrue();
            assertThat(repo.signals("dwap-breakout", tuesday)).isEmpty();
        }
    }
}
