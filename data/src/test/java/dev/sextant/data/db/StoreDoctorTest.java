package dev.sextant.data.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The doctor reports in plain words on healthy and damaged stores, and never changes the file. */
class StoreDoctorTest {

    private static final Clock DAY1 = Stores.at("2026-12-01T10:00:00");

    @TempDir
    Path home;
    @TempDir
    Path exportHome;

    @Test
    void aHealthyStoreIsReportedWithItsContents() {
        Stores.addInstruments(home, "H", 4, DAY1);
        Database.open(home, DAY1).close();

        DoctorReport report = StoreDoctor.examine(new DatabaseFiles(home));

        assertThat(report.verdict()).isEqualTo(DoctorReport.Verdict.HEALTHY);
        assertThat(report.tableRows()).containsEntry("instrument", 4L);
        assertThat(report.pendingMigrations()).isZero();
        assertThat(report.lines()).anyMatch(l -> l.startsWith("Healthy: it opens, its schema matches"))
                .anyMatch(l -> l.contains("instrument 4"))
                .anyMatch(l -> l.startsWith("Backups: 1 in ") && l.contains("sextant-20261201-100000-daily.zip"))
                .noneMatch(l -> l.contains("What you can do"));
        assertThat(home.resolve("db")).isDirectoryNotContaining("glob:**/.scratch-*");
    }

    @Test
    void aTruncatedStoreIsReportedDamagedWithRestoreAndExportOffersAndLeftUnchanged() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "T", 2_000, DAY1);
        Database.open(home, DAY1).close();
        byte[] whole = Files.readAllBytes(files.file());
        Files.write(files.file(), Arrays.copyOf(whole, whole.length / 2));
        byte[] damaged = Files.readAllBytes(files.file());

        DoctorReport report = StoreDoctor.examine(files);

        assertThat(report.verdict()).isEqualTo(DoctorReport.Verdict.DAMAGED);
        assertThat(report.reason()).hasValueSatisfying(r -> assertThat(r).startsWith("it is truncated"));
        assertThat(report.lines())
                .contains("The file was not changed.", "What you can do:")
                .anyMatch(l -> l.startsWith("  ./sextant data restore") && l.contains("sextant-20261201-100000-daily.zip"))
                .anyMatch(l -> l.startsWith("  ./sextant data doctor --export DIR"));
        assertThat(Files.readAllBytes(files.file())).isEqualTo(damaged);
    }

    @Test
    void anEmptyFileWithoutBackupsOffersOnlyTheExport() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Files.createDirectories(files.folder());
        Files.write(files.file(), new byte[0]);

        DoctorReport report = StoreDoctor.examine(files);

        assertThat(report.verdict()).isEqualTo(DoctorReport.Verdict.DAMAGED);
        assertThat(report.lines()).contains("Damaged: it is empty (0 bytes).", "Backups: none in " + files.backups() + ".")
                .noneMatch(l -> l.contains("data restore"));
    }

    @Test
    void aHomeWithoutADatabaseIsSaidToBeNew() {
        DoctorReport report = StoreDoctor.examine(new DatabaseFiles(home));

        assertThat(report.verdict()).isEqualTo(DoctorReport.Verdict.NO_DATABASE);
        assertThat(report.lines()).contains("There is no database yet; the first start creates it.");
    }

    @Test
    void theExportCopiesWhatIsReadableIntoANewHomeThatOpens() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "E", 25, DAY1);
        byte[] before = Files.readAllBytes(files.file());

        StoreSalvage.Result result = StoreSalvage.export(files, exportHome);

        assertThat(result.newFile()).isEqualTo(exportHome.resolve("db").resolve("sextant.mv.db"));
        assertThat(result.tables()).isGreaterThan(10);
        assertThat(Stores.instruments(exportHome, DAY1)).isEqualTo(25);
        assertThat(Files.readAllBytes(files.file())).isEqualTo(before);
    }

    @Test
    void theExportOfAStoreWhoseNewestChunkWasCutOffKeepsTheRowsOfTheOlderOnes() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        // two sessions: closing the first stores its rows in chunks before the newest, whatever the machine's pace
        Stores.addInstruments(home, "T", 1_000, DAY1);
        Stores.addInstruments(home, "U", 1_000, DAY1);
        long whole = Files.size(files.file());
        assertThat(StoreHeader.expectedLength(files.file())).as("the newest chunk ends the file").hasValue(whole);
        byte[] cut = Arrays.copyOf(Files.readAllBytes(files.file()), (int) whole - 4096);
        Files.write(files.file(), cut);
        assertThat(StoreDoctor.examine(files).verdict()).isEqualTo(DoctorReport.Verdict.DAMAGED);

        StoreSalvage.Result result = StoreSalvage.export(files, exportHome);

        DoctorReport exported = StoreDoctor.examine(new DatabaseFiles(exportHome));
        assertThat(exported.verdict()).as("the new home is a whole database").isEqualTo(DoctorReport.Verdict.HEALTHY);
        // the first session's rows survive; how many of the second's were in older chunks depends on when H2's
        // background writer stored them
        assertThat(exported.tableRows().get("instrument")).isBetween(1_000L, 2_000L);
        assertThat(result.newFile()).isEqualTo(exportHome.resolve("db").resolve("sextant.mv.db"));
        assertThat(Files.readAllBytes(files.file())).as("the damaged file is not changed").isEqualTo(cut);
    }
}
