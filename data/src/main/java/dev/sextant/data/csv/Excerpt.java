package dev.sextant.data.csv;

import java.nio.charset.StandardCharsets;

/**
 * A bad value as quoted in an error message: at most {@value #MAX_CHARS} characters, then how long it really is, so
 * that a 50 MB malformed field is never echoed on stderr, in a report or in a panel.
 */
public final class Excerpt {

    public static final int MAX_CHARS = 200;

    private Excerpt() {
    }

    /** {@code text} itself when short, else its first {@value #MAX_CHARS} characters and its length. */
    public static String of(String text) {
        if (text.length() <= MAX_CHARS) {
            return text;
        }
        return text.substring(0, MAX_CHARS) + "... (" + text.length() + " characters)";
    }

    /** The same for the UTF-8 bytes {@code data[from, to)}, decoding no more than needed. */
    static String of(byte[] data, int from, int to) {
        int length = to - from;
        if (length <= MAX_CHARS) {
            return new String(data, from, length, StandardCharsets.UTF_8);
        }
        String start = new String(data, from, MAX_CHARS, StandardCharsets.UTF_8);
        return start + "... (" + length + " bytes)";
    }
}
