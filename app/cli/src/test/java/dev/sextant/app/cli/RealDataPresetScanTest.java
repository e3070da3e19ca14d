package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.sextant.engine.market.SharedMarketData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/**
 * The done-when fact on the real daily data (when present): on 2010-06-01 SPY closed below its 200-day
 * average, so {@code scan --preset dwap-classic} gives 0 entries and says the market filter blocked them, where the
 * same strategy without the preset has signals. SPY and the first 80 stock files keep the import short; on all 471
 * symbols the scan blocks 121 signals (docs/user/presets.md).
 */
class RealDataPresetScanTest {

    @TempDir
    Path dir;

    @Test
    void dwapClassicScansNoEntryOn2010_06_01BecauseSpyIsBelowItsAverage() throws Exception {
        var folder = SharedMarketData.dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or SEXTANT_MARKET_DATA)");
        Path files = Files.createDirectories(dir.resolve("files"));
        List<Path> stocks;
        try (Stream<Path> s = Files.list(folder.get())) {
            stocks = s.filter(f -> Character.isLetter(f.getFileName().toString().charAt(0))).sorted().limit(80).toList();
        }
        for (Path f : stocks) {
            Files.copy(f, files.resolve(f.getFileName()));
        }
        Files.copy(folder.get().resolve("SPY.csv.gz"), files.resolve("SPY.csv.gz"));
        CliRunner cli = new CliRunner(dir.resolve("home"));
        cli.ok("data", "import", files.toString(), "--universe", "real");

        Path plainFile = dir.resolve("plain.json");
        cli.ok("scan", "--strategy", "dwap-breakout", "--universe", "real", "--date", "2010-06-01", "--json", plainFile.toString());
        int raw = CliRunner.readJson(plainFile).get("signals").size();
        assertThat(raw).as("raw DWAP breakouts on 2010-06-01").isPositive();

        CliRunner.Outcome text = cli.ok("scan", "--preset", "dwap-classic", "--universe", "real", "--date", "2010-06-01");
        assertThat(text.out()).contains("dwap-breakout on 2010-06-01: 0 signal(s)")
                .contains("market filter: SPY below SMA 200, 0 entries (" + raw + " signals blocked)");
        Path presetFile = dir.resolve("preset.json");
        cli.ok("scan", "--preset", "dwap-classic", "--universe", "real", "--date", "2010-06-01", "--json", presetFile.toString());
        JsonNode scan = CliRunner.readJson(presetFile);
        assertThat(scan.get("signals").size()).isZero();
        assertThat(scan.get("blocked_signals").asInt()).isEqualTo(raw);
    }
}
