package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FirstStartTest {

    @TempDir
    Path home;

    @Test
    void aFirstStartLoadsTheSampleMarketOnceAndSaysSo() {
        CliRun first = CliRun.of("--home", home.toString());
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("First start: loading the synthetic sample market");
        assertThat(first.out()).containsPattern("1d\\s+133 symbols\\s+535,831 bars\\s+2009-01-02 \\.\\. 2024-12-31");
        assertThat(first.out()).containsPattern("1m\\s+13 symbols\\s+320,598 bars");
        assertThat(first.out()).contains("Universes: [sample, sample-sectors, sample-stocks, sector-etfs, us-large-caps]");

        CliRun second = CliRun.of("--home", home.toString(), "data", "list");
        assertThat(second.out()).doesNotContain("First start").contains("146 series, 856,429 bars");
    }
}
