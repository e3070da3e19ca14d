package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * docs/user/cli-reference.md is generated from the picocli command tree. This test fails when the file is out of
 * date; {@code ./mvnw -pl app/cli -am test -Dtest=CliReferenceTest -Dcli.reference.write=true
 * -Dsurefire.failIfNoSpecifiedTests=false} writes it anew.
 */
class CliReferenceTest {

    private static final Path REFERENCE = Path.of("../../docs/user/cli-reference.md");

    @Test
    void theCommittedReferenceIsTheGeneratedOne() throws IOException {
        String generated = CliReference.markdown(SextantCommand.commandLine());
        if (Boolean.getBoolean("cli.reference.write")) {
            Files.writeString(REFERENCE, generated, StandardCharsets.UTF_8);
        }
        assertThat(REFERENCE).as("docs/user/cli-reference.md is stale: regenerate it (see this test's comment)")
                .hasContent(generated);
    }

    @Test
    void everyCommandIsInTheReferenceWithItsOptions() {
        String generated = CliReference.markdown(SextantCommand.commandLine());
        assertThat(generated).contains("## sextant backtest", "--strategy", "## sextant data import", "--json");
    }
}
