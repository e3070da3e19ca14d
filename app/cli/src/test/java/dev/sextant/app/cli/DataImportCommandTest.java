package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.db.Database;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code sextant data import} against a real H2 file: every bad input is reported and changes nothing. */
class DataImportCommandTest {

    private static final String HEADER = "Date,Open,High,Low,Close,Adj Close,Volume\n";
    private static final String GOOD = HEADER
            + "2024-01-02,10,11,9,10.5,10.4,1000\n"
            + "2024-01-03,10.5,12,10,11.5,11.4,1200\n"
            + "2024-01-04,11.5,12,11,11.8,11.7,900\n";

    @TempDir
    Path dir;
    Path home;

    @BeforeEach
    void setUp() {
        home = dir.resolve("home");
    }

    private CliRun sextant(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--home", home.toString(), "--no-sample-data"), Stream.of(args))
                .toArray(String[]::new));
    }

    private Path file(String name, String content) throws IOException {
        Path f = dir.resolve("in").resolve(name);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content);
        return f;
    }

    private Optional<PriceColumns> stored(String symbol) {
        try (Database db = Database.open(home)) {
            return new JooqBarRepository(db.dsl()).load(symbol, Timeframe.DAILY);
        }
    }

    static Stream<Arguments> badFiles() {
        return Stream.of(
                Arguments.of("unparseable number", HEADER + "2024-01-05,12,13,11,abc,12.4,100\n", 2, "cannot parse close 'abc'"),
                Arguments.of("unparseable date", HEADER + "2024-01-05,12,13,11,12,12,100\n2024-13-01,12,13,11,12,12,100\n", 3,
                        "cannot parse date '2024-13-01'"),
                Arguments.of("high below low", HEADER + "2024-01-05,12,10.5,11,12,12,100\n", 2, "high 10.5 is below low 11"),
                Arguments.of("non-positive price", HEADER + "2024-01-05,0,13,11,12,12,100\n", 2, "open 0 is not positive"),
                Arguments.of("NaN", HEADER + "2024-01-05,12,13,11,NaN,12,100\n", 2, "close NaN is not a finite number"),
                Arguments.of("missing column", "Date,Open,High,Low,Volume\n2024-01-05,12,13,11,100\n", 1, "missing column 'close'"),
                Arguments.of("empty file", "", 1, "file is empty"),
                Arguments.of("wrong field count", HEADER + "2024-01-05,12,13,11,12,100\n", 2, "expected 7 fields but found 6"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aMalformedFileIsRejectedWholeWithFileAndLineAndTheDatabaseIsUnchanged(String what, String content, int line,
                                                                              String reason) throws IOException {
        Path good = file("ABC.csv", GOOD);
        assertThat(sextant("data", "import", good.toString()).exitCode()).isZero();
        PriceColumns before = stored("ABC").orElseThrow();

        Path bad = file("bad/ABC.csv", content); // same symbol as the stored series
        Path otherGood = file("XYZ.csv", GOOD);
        CliRun run = sextant("data", "import", bad.toString(), otherGood.toString());

        assertThat(run.exitCode()).as(run.err()).isEqualTo(1);
        assertThat(run.err()).contains("rejected " + bad + ":" + line + ": " + reason);
        assertThat(run.out()).contains("imported 1 of 2 files");
        PriceColumns after = stored("ABC").orElseThrow();
        assertThat(after.time()).containsExactly(before.time());
        assertThat(after.close()).containsExactly(before.close());
        assertThat(stored("XYZ")).isPresent();
    }

    @Test
    void aBadRowAfterGoodNewRowsWritesNoneOfThem() throws IOException {
        Path bad = file("NEW.csv", GOOD + "2024-01-05,12,13,11,12,12,100\n2024-01-08,12,13,11,-1,12,100\n");

        CliRun run = sextant("data", "import", bad.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(bad + ":6: close -1 is not positive");
        assertThat(stored("NEW")).isEmpty();
    }

    @Test
    void skipBadRowsImportsTheRestAndListsWhatItSkipped() throws IOException {
        Path f = file("ABC.csv", GOOD + "2024-01-05,12,13,11,abc,12,100\n2024-01-08,12,13,11,12.5,12.4,100\n");

        CliRun run = sextant("data", "import", "--skip-bad-rows", f.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("skipped " + f + ":5: cannot parse close 'abc'");
        assertThat(stored("ABC").orElseThrow().size()).isEqualTo(4);
    }

    @Test
    void reimportingTheSameFileChangesNothingAndUnsortedRowsAreSorted() throws IOException {
        String unsorted = HEADER + "2024-01-04,11.5,12,11,11.8,11.7,0\n2024-01-02,10,11,9,10.5,10.4,1000\n"
                + "2024-01-03,10.5,12,10,11.5,11.4,1200\n";
        Path f = file("ABC.csv", unsorted);

        assertThat(sextant("data", "import", f.toString()).out()).contains("3 new, 0 changed, 0 unchanged");
        CliRun again = sextant("data", "import", f.toString());

        assertThat(again.out()).contains("0 new, 0 changed, 3 unchanged");
        PriceColumns bars = stored("ABC").orElseThrow();
        assertThat(bars.date(0)).hasToString("2024-01-02");
        assertThat(bars.date(2)).hasToString("2024-01-04");
        assertThat(bars.volume()[2]).as("zero-volume rows are kept").isZero();
    }

    @Test
    void foldersAreSearchedAndTheUniverseIsRecorded() throws IOException {
        file("set/AAA.csv", GOOD);
        file("set/sub/BBB.csv.gz", "");
        Files.write(dir.resolve("in/set/sub/BBB.csv.gz"), gzip(GOOD));
        file("set/notes.md", "not a bar file");

        CliRun run = sextant("data", "import", dir.resolve("in/set").toString(), "--universe", "mine");

        assertThat(run.exitCode()).as(run.err()).isZero();
        try (Database db = Database.open(home)) {
            assertThat(new dev.sextant.data.universe.JooqUniverseRepository(db.dsl()).members("mine"))
                    .containsExactly("AAA", "BBB");
        }
    }

    @Test
    void intradayTimestampsAreReadInTheExchangeZoneAndListed() throws IOException {
        Path f = file("MIN.csv", "timestamp,open,high,low,close,volume\n"
                + "2024-03-01 09:30:00,10,10.2,9.9,10.1,500\n2024-03-01 09:31:00,10.1,10.3,10,10.2,400\n"
                + "2024-03-01 09:32:00,10.2,10.4,10.1,10.3,300\n");

        assertThat(sextant("data", "import", f.toString()).exitCode()).isZero();
        CliRun list = sextant("data", "list");

        assertThat(list.out()).containsPattern("MIN\\s+1m\\s+2024-03-01 09:30\\s+2024-03-01 09:32\\s+3");
    }

    @Test
    void aMissingPathIsOneClearLine() {
        CliRun run = sextant("data", "import", dir.resolve("nope").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("sextant: no such file or folder: " + dir.resolve("nope") + System.lineSeparator());
    }

    private static byte[] gzip(String text) throws IOException {
        var bytes = new java.io.ByteArrayOutputStream();
        try (var gz = new java.util.zip.GZIPOutputStream(bytes)) {
            gz.write(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
