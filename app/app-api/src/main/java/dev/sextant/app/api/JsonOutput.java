package dev.sextant.app.api;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code --json FILE} option every command shares, the workstation's and the plugins' ({@code -} is
 * stdout): a picocli mixin ({@code @Mixin JsonOutput json;}). With {@code -} a command prints nothing
 * but the JSON, so check {@link #toStdout()} before printing text.
 */
public final class JsonOutput {

    /** Built on the first write: most runs of a command write no JSON. */
    private static final class Mapper {
        static final JsonMapper INSTANCE = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();
    }

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the result as JSON to FILE ('-' for stdout).")
    String target;

    public boolean toStdout() {
        return "-".equals(target);
    }

    /** Whether the option was given: a command whose document is costly to build checks it first. */
    public boolean requested() {
        return target != null;
    }

    /** Writes {@code value} to the file, or to {@code out} when the target is {@code -}; nothing without the option. */
    public void write(Object value, PrintWriter out) {
        if (target == null) {
            return;
        }
        String json = Mapper.INSTANCE.writeValueAsString(value) + System.lineSeparator();
        if (toStdout()) {
            out.print(json);
            out.flush();
            return;
        }
        try {
            Path file = Path.of(target).toAbsolutePath();
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON to " + target + ": " + e.getMessage(), e);
        }
    }
}
