package dev.sextant.sample;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;

/**
 * Writes text files whose bytes depend only on their lines: UTF-8, '\n' line ends, and for
 * {@code .gz} names a gzip stream at a fixed compression level (the JDK writes a zero mtime
 * and no file name into the gzip header).
 */
final class DeterministicFiles {

    private static final int BUFFER = 1 << 16;
    /** Level 4 writes ~5 % more bytes than level 9 in a quarter of the time. */
    private static final int COMPRESSION_LEVEL = 4;

    private DeterministicFiles() {
    }

    static void writeLines(Path file, List<String> lines) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (OutputStream out = open(file);
             Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            for (String line : lines) {
                writer.write(line);
                writer.write('\n');
            }
        }
    }

    private static OutputStream open(Path file) throws IOException {
        OutputStream out = Files.newOutputStream(file);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return out;
        }
        return new GZIPOutputStream(out, BUFFER) {
            {
                def.setLevel(COMPRESSION_LEVEL);
            }
        };
    }
}
