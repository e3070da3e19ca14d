package dev.sextant.data.csv;

import java.util.Locale;

/** How symbols are spelled: upper-case, with Stooq's {@code .US} market suffix removed. */
final class SymbolNames {

    private static final String STOOQ_US_SUFFIX = ".US";

    private SymbolNames() {
    }

    /** {@code aapl.us} → {@code AAPL}; {@code brk-b} → {@code BRK-B}; other suffixes ({@code .DE}) are kept. */
    static String normalize(String symbol) {
        String upper = symbol.strip().toUpperCase(Locale.ROOT);
        return upper.endsWith(STOOQ_US_SUFFIX) && upper.length() > STOOQ_US_SUFFIX.length()
                ? upper.substring(0, upper.length() - STOOQ_US_SUFFIX.length())
                : upper;
    }

    /**
     * The symbol a file name stands for: the last path segment without {@code .gz}, then without
     * {@code .csv} or {@code .txt}, normalized ({@code ^VIX.csv.gz} → {@code ^VIX},
     * {@code aapl.us.txt} → {@code AAPL}).
     */
    static String fromFileName(String sourceName) {
        String name = sourceName.substring(Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\')) + 1);
        name = stripSuffix(name, ".gz");
        name = stripSuffix(stripSuffix(name, ".csv"), ".txt");
        return normalize(name);
    }

    private static String stripSuffix(String name, String suffix) {
        return name.toLowerCase(Locale.ROOT).endsWith(suffix) ? name.substring(0, name.length() - suffix.length()) : name;
    }
}
