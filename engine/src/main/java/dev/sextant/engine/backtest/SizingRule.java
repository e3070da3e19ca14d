package dev.sextant.engine.backtest;

import java.util.Locale;

/**
 * How many shares a new position gets. The budget is computed from the equity at the signal
 * bar's close (or from the starting capital, or a fixed sum) and converted to whole shares (or,
 * with {@link AccountRules#fractional()}, fractional shares) at the signal close; the order is then
 * cut down to the cash available at the fill price including costs. Parsed from {@code all-in},
 * {@code fixed-fraction:f}, {@code equal-weight}, {@code atr-risk:r}, {@code vol-target:v},
 * {@code fixed-amount:a}, {@code initial-fraction:f}.
 */
public sealed interface SizingRule {

    /** All available cash. */
    record AllIn() implements SizingRule {
        @Override
        public String toString() {
            return "all-in";
        }
    }

    /** Fraction f of equity. */
    record FixedFraction(double fraction) implements SizingRule {
        @Override
        public String toString() {
            return "fixed-fraction:" + fraction;
        }
    }

    /** Equity / max positions. */
    record EqualWeight() implements SizingRule {
        @Override
        public String toString() {
            return "equal-weight";
        }
    }

    /** Risk r × equity per ATR(14) of price move: shares = r·equity / ATR14 at the signal bar. */
    record AtrRisk(double risk) implements SizingRule {
        @Override
        public String toString() {
            return "atr-risk:" + risk;
        }
    }

    /**
     * Volatility target v (annualised): value = equity / maxPositions × min(1, v / σ) with σ the
     * 20-bar realised volatility at the signal bar.
     */
    record VolTarget(double targetVol) implements SizingRule {
        @Override
        public String toString() {
            return "vol-target:" + targetVol;
        }
    }

    /** The same sum a in currency for every position, whatever the equity. */
    record FixedAmount(double amount) implements SizingRule {
        @Override
        public String toString() {
            return "fixed-amount:" + amount;
        }
    }

    /** Fraction f of the starting capital for every position, whatever the equity. */
    record InitialFraction(double fraction) implements SizingRule {
        @Override
        public String toString() {
            return "initial-fraction:" + fraction;
        }
    }

    static SizingRule parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.equals("all-in")) {
            return new AllIn();
        }
        if (t.equals("equal-weight")) {
            return new EqualWeight();
        }
        String[] kv = t.split(":", 2);
        double x = SpecText.number(kv, text, "sizing");
        return switch (kv[0]) {
            case "fixed-fraction" -> new FixedFraction(x);
            case "atr-risk" -> new AtrRisk(x);
            case "vol-target" -> new VolTarget(x);
            case "fixed-amount" -> new FixedAmount(x);
            case "initial-fraction" -> new InitialFraction(x);
            default -> throw new IllegalArgumentException("sizing '" + text + "': expected all-in, fixed-fraction:f,"
                    + " equal-weight, atr-risk:r, vol-target:v, fixed-amount:a or initial-fraction:f");
        };
    }
}
