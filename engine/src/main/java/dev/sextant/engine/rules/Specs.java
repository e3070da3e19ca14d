package dev.sextant.engine.rules;

import java.math.BigDecimal;

/** Parsing and printing help for rule option texts; errors name the rule, the text and the field. */
final class Specs {

    private Specs() {
    }

    static double number(String field, String text, String rule, String what) {
        try {
            double x = Double.parseDouble(field.trim());
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException(rule + " '" + text + "': " + what + " must be finite, got " + field);
            }
            return x;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule + " '" + text + "': " + what + " '" + field + "' is not a number", e);
        }
    }

    static int integer(String field, String text, String rule, String what) {
        try {
            return Integer.parseInt(field.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(rule + " '" + text + "': " + what + " '" + field + "' is not a whole number", e);
        }
    }

    /** The shortest text of x: {@code 30} rather than {@code 30.0}. */
    static String text(double x) {
        return BigDecimal.valueOf(x).stripTrailingZeros().toPlainString();
    }

    /** The message of a validation error without the prefix naming the rule (the caller adds it with the text). */
    static String reason(IllegalArgumentException e) {
        String m = e.getMessage();
        int at = m.indexOf("': ");
        return at >= 0 ? m.substring(at + 3) : m;
    }
}
