package dev.sextant.engine.paper;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Which closes a regime map looks at: every trading day, or the first trading day of each ISO week
 * or calendar month (a day is the first of its week when the previous trading day fell in another
 * week, so the rule needs no later date).
 */
public enum Rebalance {
    DAILY, WEEKLY, MONTHLY;

    /** Whether calendar day {@code t} (epoch days) is a rebalance day. */
    public boolean at(long[] calendar, int t) {
        if (this == DAILY || t == 0) {
            return true;
        }
        LocalDate today = LocalDate.ofEpochDay(calendar[t]);
        LocalDate before = LocalDate.ofEpochDay(calendar[t - 1]);
        return switch (this) {
            case WEEKLY -> today.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR) != before.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)
                    || today.get(IsoFields.WEEK_BASED_YEAR) != before.get(IsoFields.WEEK_BASED_YEAR);
            case MONTHLY -> today.getMonthValue() != before.getMonthValue() || today.getYear() != before.getYear();
            case DAILY -> true;
        };
    }

    public String text() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException naming the value and the three choices */
    public static Rebalance parse(String text) {
        for (Rebalance r : values()) {
            if (r.text().equalsIgnoreCase(text.trim())) {
                return r;
            }
        }
        throw new IllegalArgumentException("rebalance '" + text + "': use one of "
                + Arrays.stream(values()).map(Rebalance::text).collect(Collectors.joining(", ")));
    }
}
