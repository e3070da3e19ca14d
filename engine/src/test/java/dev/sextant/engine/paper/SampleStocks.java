package dev.sextant.engine.paper;

import dev.sextant.engine.DailyCsvReader;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.sample.SampleMarket;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** The first {@code n} single stocks of the generated sample market. */
final class SampleStocks {

    private SampleStocks() {
    }

    static List<PriceColumns> first(int n) {
        List<PriceColumns> out = new ArrayList<>();
        for (String name : SampleMarket.dailyFiles()) {
            if (out.size() < n && SampleMarket.symbolOf(name).matches("S\\d{3}\\.SX")) {
                try (BufferedReader r = SampleMarket.reader(name)) {
                    out.add(DailyCsvReader.read(SampleMarket.symbolOf(name), r, name));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return out;
    }

    /** Each series cut to its bars at or before {@code day} (epoch day). */
    static List<PriceColumns> through(List<PriceColumns> all, long day) {
        List<PriceColumns> out = new ArrayList<>();
        for (PriceColumns p : all) {
            out.add(p.slice(0, p.indexAtOrAfter(day + 1)));
        }
        return out;
    }
}
