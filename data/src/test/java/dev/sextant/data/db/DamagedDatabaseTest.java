package dev.sextant.data.db;

import static dev.sextant.data.jooq.Tables.INSTRUMENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An existing database file that cannot be opened with its data is refused, kept byte for byte, never re-initialised. */
class DamagedDatabaseTest {

    private static final Clock DAY1 = Stores.at("2026-12-01T10:00:00");

    @TempDir
    Path home;

    private Path file() {
        return home.resolve("db").resolve("sextant.mv.db");
    }

    @Test
    void anEmptyFileIsRefusedNotTreatedAsAFirstStartAndKeptAsItIs() throws IOException {
        Files.createDirectories(file().getParent());
        Files.write(file(), new byte[0]);

        assertRefusedAndKept("it is empty (0 bytes)");
        assertThat(Files.size(file())).isZero();
        assertThat(Files.exists(home.resolve("db").resolve("backups"))).as("nothing was backed up or created").isFalse();
    }

    @Test
    void aTruncatedFileIsRefusedAndKeptByteForByte() throws IOException {
        Stores.addInstruments(home, "T", 2_000, DAY1);
        byte[] whole = Files.readAllBytes(file());
        Files.write(file(), Arrays.copyOf(whole, whole.length / 2));

        assertRefusedAndKept("truncated");
    }

    @Test
    void aFileOfRandomBytesIsRefusedAsCorrupted() throws IOException {
        Files.createDirectories(file().getParent());
        byte[] noise = new byte[64 * 1024];
        new Random(18).nextBytes(noise);
        Files.write(file(), noise);

        assertRefusedAndKept("corrupted");
    }

    @Test
    void aDatabaseLeftByAProcessKilledWhileWritingStillOpensWithItsCommittedRows() throws Exception {
        Stores.addInstruments(home, "K", 10, DAY1);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        Process writer = new ProcessBuilder(java, "-cp", classpath, KilledWriter.class.getName(), home.toString())
                .redirectErrorStream(true).start();
        try (var out = new BufferedReader(new InputStreamReader(writer.getInputStream()))) {
            String line;
            while ((line = out.readLine()) != null && !line.equals(KilledWriter.COMMITTED)) {
                // the writer's log lines before it has committed rows
            }
            assertThat(line).as("the writer committed rows").isEqualTo(KilledWriter.COMMITTED);
            writer.destroyForcibly().waitFor();
        }

        // H2 writes commits to the file in the background, so the newest ones may be lost; what is there is whole
        try (Database db = Database.open(home, DAY1)) {
            int written = db.dsl().fetchCount(INSTRUMENT, INSTRUMENT.SYMBOL.like("W%"));
            assertThat(db.dsl().fetchCount(INSTRUMENT, INSTRUMENT.SYMBOL.like("K%"))).isEqualTo(10);
            assertThat(db.dsl().fetchCount(INSTRUMENT, INSTRUMENT.SYMBOL.in(
                    IntStream.range(0, written).mapToObj(i -> "W" + i).toList())))
                    .as("the rows that survived are the first ones, without gaps").isEqualTo(written);
        }
    }

    private void assertRefusedAndKept(String reason) throws IOException {
        byte[] before = Files.readAllBytes(file());
        assertThatThrownBy(() -> Database.open(home, DAY1))
                .isInstanceOf(DamagedDatabaseException.class)
                .hasMessageStartingWith("the database file " + file() + " cannot be used: ")
                .hasMessageContaining(reason)
                .hasMessageContaining("It was kept as it is")
                .hasMessageContaining("./sextant data doctor")
                .satisfies(e -> assertThat(e.getMessage().lines().count()).isEqualTo(1))
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(300));
        assertThat(Files.readAllBytes(file())).as("the file is kept byte for byte").isEqualTo(before);
        assertThatThrownBy(() -> Database.open(home, DAY1)).as("the lock was released: the same refusal again")
                .isInstanceOf(DamagedDatabaseException.class);
        assertThat(Files.readAllBytes(file())).isEqualTo(before);
    }
}
