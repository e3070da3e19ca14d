package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.db.Database;
import dev.sextant.data.universe.JooqMembershipRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UniverseAndSettingsCommandTest {

    @TempDir
    Path dir;

    private CliRun sextant(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--home", dir.resolve("home").toString(), "--no-sample-data"), Stream.of(args))
                .toArray(String[]::new));
    }

    @Test
    void bundledSectorEtfsKnowWhenEachFundStarted() {
        CliRun list = sextant("universe", "list");
        assertThat(list.out()).containsPattern("sector-etfs\\s+11\\s").containsPattern("us-large-caps\\s+453\\s");

        CliRun on2016 = sextant("universe", "show", "sector-etfs", "--on", "2016-01-04");
        assertThat(on2016.out()).contains("10 members on 2016-01-04").contains("XLRE").doesNotContain("XLC ");
        assertThat(sextant("universe", "show", "sector-etfs", "--on", "2010-01-04").out()).contains("9 members");
    }

    @Test
    void aBundledUniverseWorksOfflineBeforeADataUpdateStoresIt() throws IOException {
        CliRunner cli = new CliRunner(dir.resolve("home"));
        Path files = Files.createDirectories(dir.resolve("etfs"));
        CliRunner.writeDaily(files, "XLE", 300, i -> 60 + 5 * Math.sin(i / 15.0));
        CliRunner.writeDaily(files, "XLF", 300, i -> 25 + 0.02 * i);
        CliRunner.writeDaily(files, "XLK", 300, i -> 70 + 0.1 * i + 3 * Math.sin(i / 9.0));
        cli.ok("data", "import", files.toString());
        assertThat(cli.ok("universe", "list").out()).contains("bundled, not installed yet");

        CliRunner.Outcome scan = cli.ok("scan", "--strategy", "sma-cross", "--universe", "sector-etfs");
        assertThat(scan.out()).contains("among 3 symbols");
        CliRunner.Outcome backtest = cli.ok("backtest", "--strategy", "sma-cross", "--universe", "sector-etfs");
        assertThat(backtest.out()).contains("saved as run ");
        assertThat(cli.run("scan", "--strategy", "sma-cross", "--universe", "nope").err())
                .contains("unknown universe 'nope' (known: [sector-etfs, us-large-caps], and 'all')");
    }

    @Test
    void importedMembershipDatesAnswerWhoWasAMemberOnADay() throws IOException {
        Path file = dir.resolve("index.csv");
        Files.writeString(file, "symbol,from,to\nAAA,2010-01-01,2015-06-30\nBBB,,\nccc,2016-01-01,\n");

        CliRun run = sextant("universe", "import", "idx", file.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("universe idx: 3 members (2 with membership dates, 0 with a sector)");
        try (Database db = Database.open(dir.resolve("home"))) {
            JooqMembershipRepository repo = new JooqMembershipRepository(db.dsl());
            assertThat(repo.members("idx", LocalDate.of(2012, 5, 1))).containsExactly("AAA", "BBB");
            assertThat(repo.members("idx", LocalDate.of(2015, 6, 30))).containsExactly("AAA", "BBB");
            assertThat(repo.members("idx", LocalDate.of(2015, 7, 1))).containsExactly("BBB");
            assertThat(repo.members("idx", LocalDate.of(2020, 1, 1))).containsExactly("BBB", "CCC");
        }
    }

    @Test
    void aBadUniverseFileIsRejectedWithItsLineAndStoresNothing() throws IOException {
        Path file = dir.resolve("bad.csv");
        Files.writeString(file, "symbol,from,to\nAAA,2010-01-01,\nBBB,2010-13-01,\n");

        CliRun run = sextant("universe", "import", "bad", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains(file + ":3: cannot parse date '2010-13-01' (expected YYYY-MM-DD)");
        assertThat(sextant("universe", "list").out()).doesNotContain("bad");
    }

    @Test
    void settingsAreStoredAndSecretsMasked() {
        assertThat(sextant("settings", "set", "provider.default", "stooq").out()).contains("provider.default = stooq");
        assertThat(sextant("settings", "set", "provider.alphavantage.apikey", "AVKEY42").out())
                .contains("provider.alphavantage.apikey = ********").doesNotContain("AVKEY42");

        assertThat(sextant("settings", "get", "provider.default").out().strip()).isEqualTo("stooq");
        CliRun list = sextant("settings", "list", "--json", "-");
        assertThat(list.out()).contains("\"value\" : \"********\"").doesNotContain("AVKEY42");
        assertThat(sextant("settings", "set", "Bad Name", "x").err()).contains("invalid setting name 'Bad Name'");
    }
}
