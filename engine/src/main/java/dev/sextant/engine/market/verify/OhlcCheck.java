package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.List;

/**
 * Flags bars whose prices contradict each other: a price that is not a positive finite number,
 * high below low, high below open or close, low above open or close. All violations of a bar go
 * into one finding.
 */
final class OhlcCheck implements BarCheck {

    @Override
    public List<Finding> inspect(PriceColumns series) {
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            List<String> violations = violations(series.open()[i], series.high()[i], series.low()[i], series.close()[i]);
            if (!violations.isEmpty()) {
                findings.add(Finding.of(series, i, FindingKind.OHLC_VIOLATION, String.join("; ", violations)));
            }
        }
        return findings;
    }

    private static List<String> violations(double open, double high, double low, double close) {
        List<String> violations = new ArrayList<>();
        notPositive("open", open, violations);
        notPositive("high", high, violations);
        notPositive("low", low, violations);
        notPositive("close", close, violations);
        if (high < low) {
            violations.add("high " + high + " is below low " + low);
        }
        if (high < Math.max(open, close)) {
            violations.add("high " + high + " is below max(open, close) " + Math.max(open, close));
        }
        if (low > Math.min(open, close)) {
            violations.add("low " + low + " is above min(open, close) " + Math.min(open, close));
        }
        return violations;
    }

    private static void notPositive(String name, double value, List<String> violations) {
        if (!(value > 0) || Double.isInfinite(value)) {
            violations.add(name + " " + value + " is not a positive finite number");
        }
    }
}
