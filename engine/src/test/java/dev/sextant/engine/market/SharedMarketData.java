package dev.sextant.engine.market;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

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
}
