package dev.sextant.data.csv;

import java.nio.charset.StandardCharsets;

/**
 * Parses a decimal number straight from ASCII bytes.
 *
 * <p>Accepted: an optional sign, digits with an optional decimal point, an optional exponent
 * ({@code e}/{@code E}, optional sign, digits). Nothing else: no {@code NaN}, {@code Infinity},
 * hex or type suffixes. The result equals {@link Double#parseDouble}: when the digits fit in 53
 * bits and the power of ten is at most 22 a single exact division or multiplication is correctly
 * rounded; any other number is handed to {@link Double#parseDouble}.
 */
final class DecimalParser {

    private static final double[] POWERS_OF_TEN = {
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
    private static final long MAX_EXACT_MANTISSA = 1L << 53;
    private static final long MANTISSA_LIMIT = Long.MAX_VALUE / 10 - 9;
    private static final int EXPONENT_LIMIT = 100_000;

    private DecimalParser() {
    }

    /** The value of {@code data[from, to)}, or {@link Double#NaN} when it is not a decimal number. */
    static double parse(byte[] data, int from, int to) {
        int p = from;
        boolean negative = false;
        if (p < to && (data[p] == '-' || data[p] == '+')) {
            negative = data[p] == '-';
            p++;
        }
        long mantissa = 0;
        int scale = 0;
        int digits = 0;
        boolean tooLong = false;
        for (; p < to && isDigit(data[p]); p++, digits++) {
            if (mantissa < MANTISSA_LIMIT) {
                mantissa = mantissa * 10 + (data[p] - '0');
            } else {
                tooLong = true;
            }
        }
        if (p < to && data[p] == '.') {
            for (p++; p < to && isDigit(data[p]); p++, digits++) {
                if (mantissa < MANTISSA_LIMIT) {
                    mantissa = mantissa * 10 + (data[p] - '0');
                    scale++;
                } else {
                    tooLong = true;
                }
            }
        }
        if (digits == 0) {
            return Double.NaN;
        }
        int exponent = 0;
        if (p < to && (data[p] == 'e' || data[p] == 'E')) {
            p++;
            boolean negativeExponent = false;
            if (p < to && (data[p] == '-' || data[p] == '+')) {
                negativeExponent = data[p] == '-';
                p++;
            }
            int exponentStart = p;
            for (; p < to && isDigit(data[p]); p++) {
                exponent = Math.min(exponent * 10 + (data[p] - '0'), EXPONENT_LIMIT);
            }
            if (p == exponentStart) {
                return Double.NaN;
            }
            exponent = negativeExponent ? -exponent : exponent;
        }
        if (p != to) {
            return Double.NaN;
        }
        int powerOfTen = exponent - scale;
        if (!tooLong && mantissa <= MAX_EXACT_MANTISSA && Math.abs(powerOfTen) < POWERS_OF_TEN.length) {
            double value = powerOfTen < 0
                    ? mantissa / POWERS_OF_TEN[-powerOfTen]
                    : mantissa * POWERS_OF_TEN[powerOfTen];
            return negative ? -value : value;
        }
        return Double.parseDouble(new String(data, from, to - from, StandardCharsets.US_ASCII));
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
