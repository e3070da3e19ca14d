package dev.sextant.engine.market;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Where the real daily market history used by tests and benchmarks lives (it is never part of the
 * repository): the folder named by the environment variable {@code SEXTANT_MARKET_DATA}, else
 * {@code ../shared/data/market/daily} beside the checkout, found by walking up from the working
 * directory. Empty when neither exists, so callers can skip.
 */
public final class SharedMarketData {

    public static final String ENV = "SEXTANT_MARKET_DATA";

    private SharedMarketData() {
    }

    public static Optional<Path> dailyFolder() {
        String configured = System.getenv(ENV);
        if (configured != null && !configured.isBlank()) {
            Path dir = Path.of(configured);
            return Files.isDirectory(dir) ? Optional.of(dir) : Optional.empty();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/data/market/daily").normalize();
            if (Files.isDirectory(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /**
     * The real daily files ({@code *.csv.gz}), sorted by name; skips the calling test when there is no real data, and
     * fails when the folder holds fewer files than the real market's 471 (a wrong folder).
     */
    public static List<Path> dailyFilesOrSkip() throws IOException {
        Optional<Path> folder = dailyFolder();
        assumeTrue(folder.isPresent(), "no real market data (../shared/data/market/daily or " + ENV + ")");
        try (Stream<Path> list = Files.list(folder.get())) {
            List<Path> files = list.filter(f -> f.toString().endsWith(".csv.gz")).sorted().toList();
            if (files.size() < 400) {
                throw new IllegalStateException(folder.get() + " holds " + files.size() + " daily files, not the real market's 471");
            }
            return files;
        }
    }
}
