package dev.sextant.engine.backtest;

import java.util.Locale;

/**
 * Price concession on each fill; buys fill higher, sells lower. Parsed from {@code bps:x}
 * (x basis points of the price) or {@code range:f} (f × the fill bar's high−low range, never
 * beyond the bar's high or low). Deterministic: no random component.
 */
public sealed interface SlippageModel permits SlippageModel.Bps, SlippageModel.Range {

    double buyPrice(double price, double high, double low);

    double sellPrice(double price, double high, double low);

    record Bps(double bps) implements SlippageModel {
        @Override
        public double buyPrice(double price, double high, double low) {
            return price * (1 + bps / 10_000.0);
        }

        @Override
        public double sellPrice(double price, double high, double low) {
            return price * (1 - bps / 10_000.0);
        }

        @Override
        public String toString() {
            return "bps:" + bps;
        }
    }

    record Range(double fraction) implements SlippageModel {
        @Override
        public double buyPrice(double price, double high, double low) {
            return Math.max(price, Math.min(high, price + fraction * (high - low)));
        }

        @Override
        public double sellPrice(double price, double high, double low) {
            return Math.min(price, Math.max(low, price - fraction * (high - low)));
        }

        @Override
        public String toString() {
            return "range:" + fraction;
        }
    }

    static SlippageModel none() {
        return new Bps(0);
    }

    static SlippageModel parse(String text) {
        String[] kv = text.trim().toLowerCase(Locale.ROOT).split(":", 2);
        double x = SpecText.number(kv, text, "slippage");
        return switch (kv[0]) {
            case "bps" -> new Bps(x);
            case "range" -> new Range(x);
            default -> throw new IllegalArgumentException("slippage '" + text + "': expected bps:x or range:f");
        };
    }
}
