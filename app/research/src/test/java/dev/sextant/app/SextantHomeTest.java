package dev.sextant.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SextantHomeTest {

    private final Path user = Path.of("/home/ann");

    @Test
    void theOptionWinsOverTheEnvironment() {
        assertThat(SextantHome.resolve(Path.of("/data/x"), Map.of("SEXTANT_HOME", "/env"), "Linux", user))
                .isEqualTo(Path.of("/data/x"));
        assertThat(SextantHome.resolve(null, Map.of("SEXTANT_HOME", "/env"), "Linux", user)).isEqualTo(Path.of("/env"));
    }

    @Test
    void defaultsFollowTheOperatingSystem() {
        assertThat(SextantHome.resolve(null, Map.of(), "Linux", user)).isEqualTo(Path.of("/home/ann/.local/share/sextant"));
        assertThat(SextantHome.resolve(null, Map.of("XDG_DATA_HOME", "/xdg"), "Linux", user)).isEqualTo(Path.of("/xdg/sextant"));
        assertThat(SextantHome.resolve(null, Map.of(), "Mac OS X", user))
                .isEqualTo(Path.of("/home/ann/Library/Application Support/Sextant"));
        assertThat(SextantHome.resolve(null, Map.of("LOCALAPPDATA", "/c/AppData/Local"), "Windows 11", user))
                .isEqualTo(Path.of("/c/AppData/Local/Sextant"));
    }
}
