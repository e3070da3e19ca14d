package dev.sextant.engine.backtest;

/** Parsing help for {@code kind:number} option texts. */
final class SpecText {

    private SpecText() {
    }

    /** The non-negative number after the colon of {@code kv}, with an error naming {@code what}. */
    static double number(String[] kv, String text, String what) {
        if (kv.length != 2) {
            throw new IllegalArgumentException(what + " '" + text + "': expected kind:number");
        }
        try {
            double x = Double.parseDouble(kv[1].trim());
            if (!(x >= 0) || Double.isInfinite(x)) {
                throw new IllegalArgumentException(what + " '" + text + "': number must be finite and >= 0");
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " '" + text + "': '" + kv[1] + "' is not a number", e);
        }
    }
}
