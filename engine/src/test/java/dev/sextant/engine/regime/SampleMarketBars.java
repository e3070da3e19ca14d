package dev.sextant.engine.regime;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.sample.SampleMarket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The generated sample market's daily bars, read once per test JVM. */
final class SampleMarketBars {

    private static PriceColumns index;
    private static PriceColumns volatility;
    private static List<PriceColumns> stocks;

    private SampleMarketBars() {
    }

    static synchronized PriceColumns index() {
        if (index == null) {
            index = read("daily/" + SampleMarket.indexSymbol() + ".csv.gz");
        }
        return index;
    }

    static synchronized PriceColumns volatility() {
        if (volatility == null) {
            volatility = read("daily/" + SampleMarket.volatilitySymbol() + ".csv.gz");
        }
        return volatility;
    }

    /** The single stocks ({@code S001.SX} …), the breadth universe; sector ETFs and the indices are left out. */
    static synchronized List<PriceColumns> stocks() {
        if (stocks == null) {
            List<PriceColumns> out = new ArrayList<>();
            for (String name : SampleMarket.dailyFiles()) {
                if (SampleMarket.symbolOf(name).matches("S\\d{3}\\.SX")) {
                    out.add(read(name));
                }
            }
            stocks = List.copyOf(out);
        }
        return stocks;
    }

    private static PriceColumns read(String name) {
        try (BufferedReader r = SampleMarket.reader(name)) {
            return DailyCsvReader.read(SampleMarket.symbolOf(name), r, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
