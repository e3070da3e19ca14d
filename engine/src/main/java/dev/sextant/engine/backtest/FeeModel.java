package dev.sextant.engine.backtest;

import java.util.Locale;

/** Commission charged on each fill, in currency. Parsed from {@code bps:x}, {@code per-share:x}, {@code per-trade:x}. */
public sealed interface FeeModel permits FeeModel.Bps, FeeModel.PerShare, FeeModel.PerTrade {

    double fee(double shares, double price);

    /**
     * The most (fractional) shares whose cost at {@code price}, commission included, is at most
     * {@code cash}; 0 when not even the commission fits.
     */
    double maxShares(double cash, double price);

    /** x basis points of the fill's notional. */
    record Bps(double bps) implements FeeModel {
        @Override
        public double fee(double shares, double price) {
            return shares * price * bps / 10_000.0;
        }

        @Override
        public double maxShares(double cash, double price) {
            return Math.max(0, cash / (price * (1 + bps / 10_000.0)));
        }

        @Override
        public String toString() {
            return "bps:" + bps;
        }
    }

    /** x currency per share. */
    record PerShare(double perShare) implements FeeModel {
        @Override
        public double fee(double shares, double price) {
            return shares * perShare;
        }

        @Override
        public double maxShares(double cash, double price) {
            return Math.max(0, cash / (price + perShare));
        }

        @Override
        public String toString() {
            return "per-share:" + perShare;
        }
    }

    /** x currency per fill. */
    record PerTrade(double perTrade) implements FeeModel {
        @Override
        public double fee(double shares, double price) {
            return shares > 0 ? perTrade : 0;
        }

        @Override
        public double maxShares(double cash, double price) {
            return Math.max(0, (cash - perTrade) / price);
        }

        @Override
        public String toString() {
            return "per-trade:" + perTrade;
        }
    }

    static FeeModel none() {
        return new Bps(0);
    }

    static FeeModel parse(String text) {
        String[] kv = text.trim().toLowerCase(Locale.ROOT).split(":", 2);
        double x = SpecText.number(kv, text, "commission");
        return switch (kv[0]) {
            case "bps" -> new Bps(x);
            case "per-share" -> new PerShare(x);
            case "per-trade" -> new PerTrade(x);
            default -> throw new IllegalArgumentException("commission '" + text + "': expected bps:x, per-share:x or per-trade:x");
        };
    }
}
