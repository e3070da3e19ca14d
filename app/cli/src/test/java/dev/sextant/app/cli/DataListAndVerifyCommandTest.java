package dev.sextant.app.cli;

import dev.sextant.engine.job.ProgressSink;
import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.app.AppContext;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class DataListAndVerifyCommandTest {

    @TempDir
    Path dir;

    private CliRun sextant(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--home";
        all[1] = dir.resolve("home").toString();
        all[2] = "--no-sample-data";
        System.arraycopy(args, 0, all, 3, args.length);
        return CliRun.of(all);
    }

    @Test
    void listWritesJsonWithTheSameShapeAsTheTable() throws IOException {
        Path f = dir.resolve("ABC.csv");
        Files.writeString(f, "date,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,1000\n2024-01-03,10.5,12,10,11.5,0\n");
        sextant("data", "import", f.toString());
        Path json = dir.resolve("out/list.json");

        CliRun run = sextant("data", "list", "--json", json.toString());

        assertThat(run.out()).containsPattern("ABC\\s+1d\\s+2024-01-02\\s+2024-01-03\\s+2");
        JsonNode rows = JsonMapper.builder().build().readTree(json.toFile());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("symbol").asString()).isEqualTo("ABC");
        assertThat(rows.get(0).get("timeframe").asString()).isEqualTo("1d");
        assertThat(rows.get(0).get("first").asString()).isEqualTo("2024-01-02");
        assertThat(rows.get(0).get("last").asString()).isEqualTo("2024-01-03");
        assertThat(rows.get(0).get("bars").asLong()).isEqualTo(2);
    }

    @Test
    void verifyReportsGapsZeroVolumeAndJumps() throws IOException {
        Path f = dir.resolve("GAP.csv");
        Files.writeString(f, "date,open,high,low,close,volume\n"
                + "2024-01-02,10,11,9,10,1000\n"
                + "2024-01-03,10,11,9,10,0\n"
                + "2024-01-16,10,16,9,15,1000\n");
        sextant("data", "import", f.toString());

        CliRun run = sextant("data", "verify", "--json", "-");

        JsonNode findings = JsonMapper.builder().build().readTree(run.out()).get("findings");
        assertThat(findings.findValuesAsString("kind")).contains("CALENDAR_GAP", "ZERO_VOLUME", "SUSPICIOUS_JUMP");
        assertThat(run.exitCode()).isZero();
    }

    @Test
    void aSecondProcessOnTheSameHomeGetsAClearMessage() {
        try (AppContext first = AppContext.open(dir.resolve("home"), false, new PrintWriter(new StringWriter()), ProgressSink.NONE)) {
            CliRun run = sextant("data", "list");

            assertThat(run.exitCode()).isEqualTo(2);
            assertThat(run.err()).startsWith("sextant: Another Sextant process is using " + first.home());
        }
    }
}
