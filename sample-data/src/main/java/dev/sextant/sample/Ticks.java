package dev.sextant.sample;

/** Prices as whole ticks of 0.0001, and their fixed four-decimal text form. */
final class Ticks {

    static final double PER_UNIT = 10_000;

    private Ticks() {
    }

    static long of(double price) {
        long ticks = Math.round(price * PER_UNIT);
        if (ticks < 1) {
            throw new IllegalStateException("price rounds to zero: " + price);
        }
        return ticks;
    }

    static double price(long ticks) {
        return ticks / PER_UNIT;
    }

    static String format(long ticks) {
        long whole = ticks / 10_000;
        long fraction = ticks % 10_000;
        String digits = Long.toString(fraction);
        return whole + "." + "0".repeat(4 - digits.length()) + digits;
    }
}
