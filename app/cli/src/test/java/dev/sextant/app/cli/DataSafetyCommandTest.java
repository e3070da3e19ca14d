package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** {@code data doctor}, {@code data backup}, {@code data restore} and the refusal of a damaged database, on real H2 homes. */
class DataSafetyCommandTest {

    @TempDir
    Path dir;

    private CliRunner sextant() {
        return new CliRunner(dir.resolve("home"));
    }

    private Path databaseFile() {
        return dir.resolve("home").resolve("db").resolve("sextant.mv.db");
    }

    @Test
    void aDamagedDatabaseIsRefusedWithOneLineAndNoStackTraceAndTheDoctorSaysSo() throws IOException {
        Files.createDirectories(databaseFile().getParent());
        Files.write(databaseFile(), new byte[0]);

        CliRunner.Outcome list = sextant().run("data", "list");

        assertThat(list.exit()).isEqualTo(2);
        assertThat(list.err()).isEqualTo("sextant: the database file " + databaseFile() + " cannot be used: it is empty"
                + " (0 bytes). It was kept as it is; run ./sextant data doctor to check it and restore the last backup."
                + System.lineSeparator());
        assertThat(Files.size(databaseFile())).as("not re-initialised, no sample market loaded").isZero();

        CliRunner.Outcome doctor = sextant().run("data", "doctor");
        assertThat(doctor.exit()).isEqualTo(1);
        assertThat(doctor.out()).contains("Damaged: it is empty (0 bytes).", "The file was not changed.",
                "./sextant data doctor --export DIR").doesNotContain("data restore");
        assertThat(doctor.err()).isEmpty();
    }

    @Test
    void backupThenRestoreBringsTheDataBackAndKeepsTheReplacedFile() throws IOException {
        CliRunner sextant = sextant();
        sextant.ok("data", "import", CliRunner.writeDaily(dir, "AAA", 30, i -> 10 + i).toString());
        CliRunner.Outcome backup = sextant.ok("data", "backup", "--json", "-");
        JsonNode made = CliRunner.JSON.readTree(backup.out());
        assertThat(Path.of(made.get("file").asString())).exists().hasParent(dir.resolve("home/db/backups"));
        assertThat(made.get("file").asString()).endsWith("-manual.zip");

        sextant.ok("data", "import", CliRunner.writeDaily(dir, "BBB", 30, i -> 20 + i).toString());
        CliRunner.Outcome restore = sextant.ok("data", "restore", "--from", made.get("file").asString());

        assertThat(restore.out()).contains("Restored " + made.get("file").asString() + " into " + databaseFile(),
                "The replaced file is kept at " + dir.resolve("home/db/backups"));
        assertThat(sextant.ok("data", "list").out()).contains("AAA").doesNotContain("BBB");
        try (Stream<Path> files = Files.list(dir.resolve("home/db/backups"))) {
            assertThat(files.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith("-replaced.mv.db"));
        }
    }

    @Test
    void theDoctorReportsAHealthyHomeAsJsonAndExportsItIntoANewHome() {
        CliRunner sextant = sextant();
        sextant.ok("data", "import", CliRunner.writeDaily(dir, "AAA", 30, i -> 10 + i).toString());
        Path copy = dir.resolve("exported");

        CliRunner.Outcome doctor = sextant.ok("data", "doctor", "--export", copy.toString(), "--json", "-");

        JsonNode report = CliRunner.JSON.readTree(doctor.out());
        assertThat(report.get("verdict").asString()).isEqualTo("healthy");
        assertThat(report.get("tableRows").get("instrument").asLong()).isEqualTo(1);
        assertThat(report.get("exportedTo").asString()).isEqualTo(copy.toString());
        assertThat(new CliRunner(copy).ok("data", "list").out()).contains("AAA");
        assertThat(sextant.ok("data", "doctor").out()).contains("Healthy: it opens", "instrument 1");
    }

    @Test
    void restoreWithoutABackupAndBackupWithoutADatabaseSayWhyInOneLine() {
        CliRunner.Outcome backup = sextant().run("data", "backup");
        assertThat(backup.exit()).isEqualTo(2);
        assertThat(backup.err()).isEqualTo("sextant: there is no database in " + dir.resolve("home")
                + " yet; nothing to back up" + System.lineSeparator());

        CliRunner.Outcome restore = sextant().run("data", "restore");
        assertThat(restore.exit()).isEqualTo(2);
        assertThat(restore.err()).isEqualTo("sextant: there is no backup in " + dir.resolve("home/db/backups")
                + " to restore; name one with --from FILE" + System.lineSeparator());
    }

    @Test
    void eachCommandHasHelp() {
        for (String command : new String[] {"doctor", "backup", "restore"}) {
            CliRunner.Outcome help = sextant().ok("data", command, "--help");
            assertThat(help.out()).startsWith("Usage: sextant data " + command).contains("--json=FILE");
        }
    }
}
