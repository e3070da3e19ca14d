package dev.sextant.app.cli;

import dev.sextant.app.research.MarketChoice;
import dev.sextant.app.research.MarketLoader;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Option;

/** {@code --symbols A,B} or {@code --universe U}: which instruments' daily bars a command works on. */
final class MarketSelection {

    static final class Choice {
        @Option(names = "--symbols", split = ",", paramLabel = "A,B", required = true,
                description = "These symbols (each must have daily bars).")
        List<String> symbols;

        @Option(names = "--universe", paramLabel = "U", required = true,
                description = "A stored universe ('all' = every instrument; see ./sextant for the names).")
        String universe;
    }

    @ArgGroup(exclusive = true, multiplicity = "0..1")
    Choice choice;

    /** The universe named with {@code --universe}, or null. */
    String universe() {
        return choice == null ? null : choice.universe;
    }

    boolean given() {
        return choice != null;
    }

    /** Loads the selection, or {@code defaultUniverse} when none was given; tells about members without bars. */
    MarketLoader.Loaded load(MarketLoader loader, String defaultUniverse, PrintWriter err) {
        MarketLoader.Loaded loaded = loader.load(choice != null && choice.symbols != null
                ? MarketChoice.ofSymbols(choice.symbols)
                : MarketChoice.ofUniverse(choice != null ? choice.universe : defaultUniverse));
        if (!loaded.withoutBars().isEmpty()) {
            err.printf("note: %d member(s) without daily bars left out: %s%n", loaded.withoutBars().size(),
                    String.join(", ", loaded.withoutBars().subList(0, Math.min(10, loaded.withoutBars().size())))
                            + (loaded.withoutBars().size() > 10 ? ", ..." : ""));
            err.flush();
        }
        return loaded;
    }
}
