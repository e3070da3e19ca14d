package dev.sextant.deploy.aws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the synth tests find Node.js, and the one line they fail with when there is none. */
class NodeRuntimeTest {

    @TempDir
    Path dir;

    @Test
    void withoutNodeTheMessageSaysWhatToInstall() {
        assertThatThrownBy(() -> NodeRuntime.require(Map.of("PATH", dir.toString())))
                .hasMessage("packaging/aws: no 'node' on PATH; the CDK synth needs Node.js 18 or newer (apt-get install nodejs, or set JSII_NODE)");
        assertThatThrownBy(() -> NodeRuntime.require(Map.of("JSII_NODE", dir.resolve("missing").toString(), "PATH", "/usr/bin")))
                .hasMessage("packaging/aws: JSII_NODE=" + dir.resolve("missing") + " is not an executable Node.js; the CDK synth needs Node.js 18 or newer");
    }

    @Test
    void findsAnExecutableNodeOnThePath() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("empty"));
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Path node = Files.createFile(bin.resolve("node"), PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));

        assertThat(NodeRuntime.require(Map.of("PATH", empty + java.io.File.pathSeparator + bin))).isEqualTo(node);
    }
}
