package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.engine.market.SharedMarketData;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Imports the real 471-symbol history (when present) as a user would, twice: the second run changes nothing. */
class RealDataImportTest {

    @TempDir
    Path home;

    @Test
    void theRealDailyFolderImportsWholeAndIdempotently() {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or SEXTANT_MARKET_DATA)");

        CliRun first = CliRun.of("--home", home.toString(), "--no-sample-data", "data", "import",
                folder.get().toString(), "--universe", "sp453");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("imported 471 of 471 files: 1,983,966 bars read, 1,983,966 new");
        System.out.println("real data import: " + first.out().strip());

        CliRun again = CliRun.of("--home", home.toString(), "data", "import", folder.get().toString());
        assertThat(again.out()).contains("0 new, 0 changed, 1,983,966 unchanged");

        CliRun list = CliRun.of("--home", home.toString(), "data", "list");
        assertThat(list.out()).contains("471 series, 1,983,966 bars");
        assertThat(list.out()).containsPattern("\\^VIX\\s+1d\\s+2000-01-03\\s+2022-11-18\\s+5,759");
    }
}
