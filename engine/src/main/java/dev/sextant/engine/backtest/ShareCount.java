package dev.sextant.engine.backtest;

import java.math.BigDecimal;

/**
 * How a share count is written: a whole count as the integer it is ({@code 375}, as before
 * fractional shares existed), a fractional one with its decimals ({@code 365.853658536585}).
 */
public final class ShareCount {

    /** Whole counts up to 2^53 are exact in a double. */
    private static final double EXACT_WHOLE = 0x1p53;

    private ShareCount() {
    }

    public static boolean isWhole(double shares) {
        return shares == Math.rint(shares) && Math.abs(shares) <= EXACT_WHOLE;
    }

    /** A {@link Long} for a whole count, else the {@link Double}: what JSON documents hold. */
    public static Number value(double shares) {
        return isWhole(shares) ? (Number) (long) shares : (Number) shares;
    }

    /**
     * The count as a long, for stores that keep whole shares only.
     *
     * @throws IllegalArgumentException when it has a fraction
     */
    public static long whole(double shares) {
        if (!isWhole(shares)) {
            throw new IllegalArgumentException(shares + " is not a whole number of shares");
        }
        return (long) shares;
    }

    /** The count as text: {@code 375}, or up to 6 decimals without trailing zeros ({@code 365.853659}). */
    public static String text(double shares) {
        if (isWhole(shares)) {
            return Long.toString((long) shares);
        }
        return new BigDecimal(shares).setScale(6, java.math.RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString();
    }
}
