package dev.sextant.app.ui.form;

/** Parses whole-number form fields; a failure carries the message shown under the field. */
public final class WholeNumbers {

    private WholeNumbers() {
    }

    public static int parseInt(String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number", e);
        }
    }

    public static long parseLong(String text) {
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a whole number", e);
        }
    }
}
