package dev.sextant.sample;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator is deterministic, and the committed resources are exactly its output for the documented seed. */
class SampleMarketGeneratorTest {

    private static final Path COMMITTED = Path.of("src/main/resources/dev/sextant/sample/market");

    @TempDir
    static Path fresh;
    private static List<String> written;

    @BeforeAll
    static void generateWithTheDocumentedParameters() throws IOException {
        written = SampleMarketGenerator.generate(SampleMarketParameters.defaults(), fresh);
    }

    @Test
    void sameSeedWritesByteIdenticalFiles(@TempDir Path again) throws IOException {
        assertThat(SampleMarketGenerator.generate(SampleMarketParameters.defaults(), again)).isEqualTo(written);
        for (String name : written) {
            assertThat(Files.mismatch(fresh.resolve(name), again.resolve(name))).as(name).isEqualTo(-1L);
        }
    }

    @Test
    void anotherSeedWritesOtherPrices(@TempDir Path other) throws IOException {
        SampleMarketGenerator.generate(SampleMarketParameters.defaults().withSeed(1), other);
        String index = "daily/" + SampleMarket.indexSymbol() + ".csv.gz";
        assertThat(gunzip(Files.readAllBytes(fresh.resolve(index))))
                .isNotEqualTo(gunzip(Files.readAllBytes(other.resolve(index))));
    }

    /**
     * Compares the decompressed content of the gzip files: their compressed bytes are identical for
     * one zlib, but another zlib build (for example zlib-ng) may compress the same text differently.
     */
    @Test
    void committedResourcesEqualAFreshGenerationWithTheDocumentedSeed() throws IOException {
        assertThat(SampleMarketParameters.defaults().seed()).isEqualTo(20090102L);

        assertThat(SampleMarket.files()).containsExactlyInAnyOrderElementsOf(
                written.stream().filter(name -> !name.equals(SampleMarket.INDEX_FILE)).toList());
        assertThat(filesUnder(COMMITTED)).as("files in the committed folder")
                .containsExactlyInAnyOrderElementsOf(written);
        for (String name : written) {
            byte[] expected = Files.readAllBytes(fresh.resolve(name));
            byte[] committed = readResource(name);
            if (name.endsWith(".gz")) {
                expected = gunzip(expected);
                committed = gunzip(committed);
            }
            assertThat(committed).as("committed %s (regenerate, see README.md)", name).isEqualTo(expected);
        }
    }

    private static List<String> filesUnder(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace('\\', '/'))
                    .toList();
        }
    }

    private static byte[] readResource(String name) throws IOException {
        try (InputStream in = SampleMarket.open(name)) {
            return in.readAllBytes();
        }
    }

    private static byte[] gunzip(byte[] compressed) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(compressed));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
