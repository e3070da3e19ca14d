package dev.sextant.data.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The record of a clean close matches only the file that close left, and never while the database is open. */
class CleanCloseTest {

    private static final Clock DAY1 = Stores.at("2026-12-01T10:00:00");

    @TempDir
    Path home;

    @Test
    void aCleanCloseIsRecordedAndTheRecordIsGoneWhileTheDatabaseIsOpen() {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "T", 200, DAY1);
        assertThat(CleanClose.matches(files)).as("after a clean close").isTrue();

        try (Database db = Database.open(home, DAY1)) {
            assertThat(db.dsl().fetchCount(dev.sextant.data.jooq.Tables.INSTRUMENT)).isEqualTo(200);
            assertThat(CleanClose.matches(files)).as("while open, as after a killed process").isFalse();
        }
        assertThat(CleanClose.matches(files)).as("after the next clean close").isTrue();
    }

    @Test
    void aFileChangedAfterTheCleanCloseNoLongerMatches() throws IOException {
        DatabaseFiles files = new DatabaseFiles(home);
        Stores.addInstruments(home, "T", 200, DAY1);
        // written in place by something else: same size, another modification time (set explicitly, because the
        // file system's clock may not have moved on since the close)
        Files.setLastModifiedTime(files.file(), FileTime.fromMillis(Files.getLastModifiedTime(files.file()).toMillis() + 1000));
        assertThat(CleanClose.matches(files)).isFalse();

        Files.write(files.file(), new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        assertThat(CleanClose.matches(files)).isFalse();
    }

    @Test
    void aConnectionStillOpenAtCloseLeavesNoRecord() throws Exception {
        DatabaseFiles files = new DatabaseFiles(home);
        Database db = Database.open(home, DAY1);
        java.sql.Connection leaked = db.dataSource().getConnection();
        db.close();
        assertThat(CleanClose.matches(files)).isFalse();
        leaked.close();
    }
}
