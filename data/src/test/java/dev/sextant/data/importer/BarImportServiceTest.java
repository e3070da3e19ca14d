package dev.sextant.data.importer;

import dev.sextant.engine.market.imports.FileOutcome;
import dev.sextant.engine.market.imports.ImportOptions;
import dev.sextant.engine.market.imports.ImportReport;
import dev.sextant.engine.market.imports.ImportSource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.db.Database;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import dev.sextant.engine.market.Timeframe;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarImportServiceTest {

    @TempDir
    Path home;

    private static ImportSource text(String name, String content) {
        return new ImportSource(name, () -> new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aFileThatFailsWhileBeingStoredIsRolledBackWhole() {
        String tooLong = "X".repeat(40); // the instrument table allows 32 characters: the second series fails in SQL
        String twoSymbols = "symbol,date,open,high,low,close,volume\n"
                + "AAA,2024-01-02,10,11,9,10,100\n"
                + tooLong + ",2024-01-02,10,11,9,10,100\n";
        try (Database db = Database.open(home)) {
            JooqBarRepository bars = new JooqBarRepository(db.dsl());
            BarImportService service = new BarImportService(db.dsl());

            ImportReport report = service.importAll(List.of(text("two.csv", twoSymbols), text("BBB.csv",
                    "date,open,high,low,close,volume\n2024-01-02,10,11,9,10,100\n")), ImportOptions.defaults(),
                    ProgressSink.NONE, Cancellation.NEVER);

            assertThat(report.rejected()).hasSize(1);
            assertThat(report.rejected().getFirst().error()).startsWith("two.csv: not stored (rolled back): ");
            assertThat(bars.load("AAA", Timeframe.DAILY)).as("first series of the failed file").isEmpty();
            assertThat(bars.load("BBB", Timeframe.DAILY)).isPresent();
            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.INSTRUMENT)).isEqualTo(1);
        }
    }

    @Test
    void badInputIsRefusedPerFileWithFileAndLineAndNothingOfItIsWritten() {
        String header = "date,open,high,low,close,volume\n";
        String good = "2024-01-02,10,11,9,10,100\n";
        try (Database db = Database.open(home)) {
            JooqBarRepository bars = new JooqBarRepository(db.dsl());
            BarImportService service = new BarImportService(db.dsl());

            ImportReport report = service.importAll(List.of(
                    text("HUGE.csv", header + good + "2024-01-03,10,11,9," + "9".repeat(20) + "z".repeat(50_000_000) + ",100\n"),
                    text("LATE.csv", header + good + "2099-01-04,10,11,9,10,100\n"),
                    text("FAKE.csv.gz", header + good),
                    text("GOOD.csv", header + good)), ImportOptions.defaults(), ProgressSink.NONE, Cancellation.NEVER);

            assertThat(report.rejected()).extracting(FileOutcome::error).containsExactly(
                    "HUGE.csv:3: cannot parse close '" + "9".repeat(20) + "z".repeat(180) + "... (50000020 bytes)'",
                    "LATE.csv:3: date 2099-01-04 is in the future (the latest date accepted is "
                            + java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(1) + ")",
                    "FAKE.csv.gz:1: not a gzip file (the name ends in .gz but the data is not gzip)");
            for (String symbol : List.of("HUGE", "LATE", "FAKE")) {
                assertThat(bars.load(symbol, Timeframe.DAILY)).as(symbol + ": nothing written").isEmpty();
            }
            assertThat(bars.load("GOOD", Timeframe.DAILY)).isPresent();
            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.INSTRUMENT)).isEqualTo(1);
        }
    }

    @Test
    void progressIsReportedPerFileAndCancellationStopsBeforeTheNextFile() {
        try (Database db = Database.open(home)) {
            BarImportService service = new BarImportService(db.dsl());
            List<ImportSource> sources = new ArrayList<>();
            for (String s : List.of("A1", "A2", "A3", "A4")) {
                sources.add(text(s + ".csv", "date,open,high,low,close,volume\n2024-01-02,10,11,9,10,100\n"));
            }
            List<Long> done = new ArrayList<>();
            ImportReport report = service.importAll(sources, ImportOptions.defaults(),
                    (d, total, message) -> done.add(d), () -> done.size() >= 2);

            assertThat(report.cancelled()).isTrue();
            assertThat(done).containsExactly(1L, 2L);
            assertThat(report.files()).hasSize(2);
            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.INSTRUMENT)).isEqualTo(2);
        }
    }
}
