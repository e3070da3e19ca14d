package dev.sextant.engine.walkforward;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;

/**
 * A window length in bars or calendar units, written {@code 250b}, {@code 30d}, {@code 6m} or
 * {@code 2y}. Calendar lengths are added to the date of a bar ({@link LocalDate#plusMonths} etc.)
 * and land on the first bar at or after the resulting date.
 */
public record WindowLength(int amount, Unit unit) {

    public enum Unit {
        BARS("b"), DAYS("d"), MONTHS("m"), YEARS("y");

        final String suffix;

        Unit(String suffix) {
            this.suffix = suffix;
        }
    }

    public WindowLength {
        if (amount < 1) {
            throw new IllegalArgumentException("a window length must be positive, got " + amount);
        }
    }

    /** Parses e.g. {@code 2y}, {@code 6m}, {@code 30d}, {@code 250b}. */
    public static WindowLength parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        for (Unit u : Unit.values()) {
            if (t.endsWith(u.suffix) && t.length() > 1) {
                try {
                    return new WindowLength(Integer.parseInt(t.substring(0, t.length() - 1)), u);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("window length '" + text + "': '" + t.substring(0, t.length() - 1)
                            + "' is not a whole number", e);
                }
            }
        }
        throw new IllegalArgumentException("window length '" + text + "' must be a number followed by b (bars), d (days), m (months) or y (years)");
    }

    /**
     * The bar index {@code times} lengths after bar {@code index} of {@code calendar} (epoch days,
     * ascending); {@code calendar.length} when that is past the end.
     */
    int advance(long[] calendar, int index, int times) {
        if (unit == Unit.BARS) {
            return (int) Math.min(calendar.length, (long) index + (long) amount * times);
        }
        if (index >= calendar.length) {
            return calendar.length;
        }
        LocalDate start = LocalDate.ofEpochDay(calendar[index]);
        long n = (long) amount * times;
        LocalDate target = switch (unit) {
            case DAYS -> start.plusDays(n);
            case MONTHS -> start.plusMonths(n);
            case YEARS -> start.plusYears(n);
            case BARS -> throw new IllegalStateException();
        };
        int i = Arrays.binarySearch(calendar, target.toEpochDay());
        return i >= 0 ? i : -i - 1;
    }

    @Override
    public String toString() {
        return amount + unit.suffix;
    }
}
