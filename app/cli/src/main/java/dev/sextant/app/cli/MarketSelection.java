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

    /** The symbols named with {@code --symbols}, or null. */
    List<String> symbols() {
        return choice == null ? null : choice.symbols;
    }

    boolean given() {
        return choice != null;
    }

    /**
     * Loads the selection at {@code timeframe} (intraday bars built from stored finer ones); tells about
     * universe members whose bars cannot build it.
     */
    MarketLoader.Loaded loadAt(dev.sextant.app.AppContext ctx, dev.sextant.engine.market.Timeframe timeframe,
            PrintWriter err) {
        MarketLoader.Loaded loaded = new dev.sextant.app.research.TimeframeLoader(ctx.bars(), ctx.universes())
                .load(choice.symbols != null ? MarketChoice.ofSymbols(choice.symbols) : MarketChoice.ofUniverse(choice.universe),
                        timeframe);
        if (!loaded.withoutBars().isEmpty()) {
            err.printf("note: %d member(s) without bars that build %s left out: %s%n", loaded.withoutBars().size(),
                    timeframe.code(), String.join(", ", loaded.withoutBars().subList(0, Math.min(10, loaded.withoutBars().size())))
                            + (loaded.withoutBars().size() > 10 ? ", ..." : ""));
            err.flush();
        }
        return loaded;
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
