package dev.sextant.deploy.aws;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The CDK's JavaScript runtime runs on Node.js: {@code JSII_NODE}, else {@code node} on PATH. Without it the synth
 * tests fail (never skip) with one line saying what to install.
 */
final class NodeRuntime {

    private NodeRuntime() {
    }

    static Path require() {
        return require(System.getenv());
    }

    static Path require(java.util.Map<String, String> env) {
        Optional<Path> configured = Optional.ofNullable(env.get("JSII_NODE")).filter(s -> !s.isBlank()).map(Path::of);
        Optional<Path> found = configured.isPresent() ? configured.filter(Files::isExecutable)
                : Arrays.stream(Optional.ofNullable(env.get("PATH")).orElse("").split(File.pathSeparator))
                        .map(dir -> Path.of(dir, "node")).filter(Files::isExecutable).findFirst();
        return found.orElseThrow(() -> new IllegalStateException(configured
                .map(p -> "packaging/aws: JSII_NODE=" + p + " is not an executable Node.js; the CDK synth needs Node.js 18 or newer")
                .orElse("packaging/aws: no 'node' on PATH; the CDK synth needs Node.js 18 or newer (apt-get install nodejs, or set JSII_NODE)")));
    }
}
