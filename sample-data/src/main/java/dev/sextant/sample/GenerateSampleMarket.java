package dev.sextant.sample;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Regenerates the synthetic sample market.
 *
 * <p>Usage: {@code GenerateSampleMarket <output-folder> [seed]}. Without a seed the documented
 * {@link SampleMarketParameters#DEFAULT_SEED} is used. Stale {@code *.csv.gz} files in the
 * {@code daily/} and {@code intraday/} sub-folders are removed first, so the folder ends up holding
 * exactly the files that {@code index.txt} lists.
 */
public final class GenerateSampleMarket {

    private GenerateSampleMarket() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            System.err.println("usage: GenerateSampleMarket <output-folder> [seed]");
            System.exit(2);
        }
        Path folder = Path.of(args[0]);
        SampleMarketParameters parameters = SampleMarketParameters.defaults();
        if (args.length == 2) {
            parameters = parameters.withSeed(Long.parseLong(args[1]));
        }
        long started = System.nanoTime();
        removeStaleBars(folder.resolve(SampleMarket.DAILY_FOLDER));
        removeStaleBars(folder.resolve(SampleMarket.INTRADAY_FOLDER));
        List<String> files = SampleMarketGenerator.generate(parameters, folder);
        System.out.printf("Wrote %d files of the synthetic market (seed %d) to %s in %d ms%n", files.size(),
                parameters.seed(), folder.toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
    }

    private static void removeStaleBars(Path subFolder) throws IOException {
        if (!Files.isDirectory(subFolder)) {
            return;
        }
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(subFolder, "*.csv.gz")) {
            for (Path file : stale) {
                Files.delete(file);
            }
        }
    }
}
