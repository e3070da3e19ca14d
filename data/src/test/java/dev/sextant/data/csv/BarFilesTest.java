package dev.sextant.data.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BarFilesTest {

    @Test
    void expandsFoldersRecursivelySortedAndKeepsOnlyBarFiles(@TempDir Path dir) throws IOException {
        Path nested = Files.createDirectories(dir.resolve("b/nested"));
        Path spy = touch(dir.resolve("SPY.csv.gz"));
        Path aapl = touch(nested.resolve("aapl.us.txt"));
        Path msft = touch(dir.resolve("b/MSFT.CSV"));
        Path vix = touch(dir.resolve("a.txt.gz"));
        touch(dir.resolve("README.md"));
        touch(dir.resolve("x.csv.zip"));

        assertThat(BarFiles.expand(List.of(dir, spy))).containsExactly(spy, vix, msft, aapl);
    }

    @Test
    void rejectsMissingPathsAndExplicitNonBarFiles(@TempDir Path dir) throws IOException {
        Path readme = touch(dir.resolve("README.md"));
        assertThatThrownBy(() -> BarFiles.expand(List.of(dir.resolve("nope")))).isInstanceOf(NoSuchFileException.class);
        assertThatThrownBy(() -> BarFiles.expand(List.of(readme)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("README.md is not a bar file");
    }

    @Test
    void symbolComesFromTheFileName() {
        assertThat(BarFiles.symbolOf(Path.of("data/^VIX.csv.gz"))).isEqualTo("^VIX");
        assertThat(BarFiles.symbolOf(Path.of("BRK-B.csv"))).isEqualTo("BRK-B");
        assertThat(BarFiles.symbolOf(Path.of("aapl.us.txt"))).isEqualTo("AAPL");
        assertThat(BarFiles.symbolOf(Path.of("sap.de.txt.gz"))).isEqualTo("SAP.DE");
        assertThat(BarFiles.symbolOf(Path.of("spy.CSV"))).isEqualTo("SPY");
    }

    private static Path touch(Path file) throws IOException {
        return Files.writeString(file, "");
    }
}
