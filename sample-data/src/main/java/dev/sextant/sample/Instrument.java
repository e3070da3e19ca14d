package dev.sextant.sample;

import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of {@code instruments.csv}. {@code sector} is empty for the index ETF and the volatility
 * index; {@code beta} is the model's loading on the market factor and empty for the volatility index.
 */
public record Instrument(String symbol, String name, InstrumentKind kind, Optional<String> sector, OptionalDouble beta) {

    static final String HEADER = "symbol,name,kind,sector,beta";

    String toCsv() {
        String betaText = beta.isPresent() ? String.format(Locale.ROOT, "%.2f", beta.getAsDouble()) : "";
        return String.join(",", symbol, name, kind.label(), sector.orElse(""), betaText);
    }

    static Instrument fromCsv(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length != 5) {
            throw new IllegalArgumentException("expected 5 fields: " + line);
        }
        return new Instrument(fields[0], fields[1], InstrumentKind.fromLabel(fields[2]),
                fields[3].isEmpty() ? Optional.empty() : Optional.of(fields[3]),
                fields[4].isEmpty() ? OptionalDouble.empty() : OptionalDouble.of(Double.parseDouble(fields[4])));
    }
}
