package dev.sextant.data.csv;

import java.time.LocalDate;

/**
 * Reads dates and times straight from ASCII bytes into an epoch day, a second of the day and an
 * optional UTC offset. One instance is reused for every row of a file; the fields hold the result
 * of the last successful call.
 *
 * <p>Dates: {@code YYYY-MM-DD}, {@code YYYY/M/D} (month and day with one or two digits, either
 * separator), {@code YYYYMMDD} and, only when {@link #usDates} is set (a Kibot file, whose layout
 * fixes the order), the US {@code MM/DD/YYYY}; elsewhere it is ambiguous with DD/MM/YYYY and refused. A date may be followed by
 * {@code ' '} or {@code 'T'} and a time {@code H:mm} or {@code H:mm:ss} (hour with one or two
 * digits; a fraction of a second is accepted when it is zero, {@code 14:30:00.000}), then
 * optionally {@code Z} or an offset {@code +HH}, {@code +HHmm} or {@code +HH:mm}. Separate time
 * columns take {@code HHMMSS} (Stooq) or {@code H:mm[:ss]}.
 *
 * <p>Epoch stamps: a field of 9 or more digits is a UTC epoch count, its unit told by magnitude
 * (below 10<sup>11</sup> seconds, below 10<sup>14</sup> milliseconds, below 10<sup>17</sup>
 * microseconds, else nanoseconds: each range holds the years 1973 to 5138 in its unit and no other
 * unit's). It must fall on a whole second. Eight digits stay a {@code YYYYMMDD} date.
 */
final class TimestampParser {

    static final int NO_TIME = -1;
    /** Days from 0000-01-01 to 1970-01-01. */
    private static final long DAYS_0000_TO_1970 = 719_528L;
    static final int NO_OFFSET = Integer.MIN_VALUE;
    private static final int MAX_OFFSET_HOURS = 18;

    /** How a stamp was written; {@link #kindsSeen} collects them as bits {@code 1 << ordinal}. */
    enum Kind {
        TEXT("local text"), TEXT_WITH_OFFSET("text with UTC offset"), EPOCH_SECONDS("epoch seconds"),
        EPOCH_MILLIS("epoch milliseconds"), EPOCH_MICROS("epoch microseconds"), EPOCH_NANOS("epoch nanoseconds");

        final String text;

        Kind(String text) {
            this.text = text;
        }
    }

    private static final int MIN_EPOCH_DIGITS = 9;
    private static final long[] UNIT_LIMITS = {100_000_000_000L, 100_000_000_000_000L, 100_000_000_000_000_000L};
    private static final long[] PER_SECOND = {1, 1_000, 1_000_000, 1_000_000_000};
    private static final Kind[] EPOCH_KINDS = {Kind.EPOCH_SECONDS, Kind.EPOCH_MILLIS, Kind.EPOCH_MICROS, Kind.EPOCH_NANOS};

    int epochDay;
    int secondOfDay = NO_TIME;
    int offsetSeconds = NO_OFFSET;
    int kindsSeen;
    boolean usDates;
    /** Set when the last failed call has a reason more precise than "cannot parse". */
    String problem;

    /** Reads a date with an optional time and offset; returns {@code false} when it is not one. */
    boolean parseTimestamp(byte[] data, int from, int to) {
        secondOfDay = NO_TIME;
        offsetSeconds = NO_OFFSET;
        problem = null;
        if (to - from >= MIN_EPOCH_DIGITS && allDigits(data, from, to)) {
            return parseEpoch(data, from, to);
        }
        int p = parseDate(data, from, to);
        if (p < 0) {
            return false;
        }
        if (p == to) {
            kindsSeen |= 1 << Kind.TEXT.ordinal();
            return true;
        }
        if (data[p] != ' ' && data[p] != 'T') {
            return false;
        }
        p = parseClock(data, p + 1, to);
        if (p < 0) {
            return false;
        }
        boolean parsed = p == to || parseOffset(data, p, to);
        if (parsed) {
            kindsSeen |= 1 << (offsetSeconds == NO_OFFSET ? Kind.TEXT : Kind.TEXT_WITH_OFFSET).ordinal();
        }
        return parsed;
    }

    /** The kinds of stamp met so far, for the import report ({@code epoch nanoseconds}, ...). */
    java.util.List<String> kindTexts() {
        return java.util.Arrays.stream(Kind.values()).filter(k -> (kindsSeen & (1 << k.ordinal())) != 0)
                .map(k -> k.text).toList();
    }

    private boolean parseEpoch(byte[] data, int from, int to) {
        if (to - from > 19) {
            return false;
        }
        long value = 0;
        for (int i = from; i < to; i++) {
            value = value * 10 + (data[i] - '0');
        }
        if (value < 0) {
            return false;
        }
        int unit = 0;
        while (unit < UNIT_LIMITS.length && value >= UNIT_LIMITS[unit]) {
            unit++;
        }
        if (value % PER_SECOND[unit] != 0) {
            problem = "is " + EPOCH_KINDS[unit].text + " not on a whole second";
            return false;
        }
        long seconds = value / PER_SECOND[unit];
        epochDay = (int) Math.floorDiv(seconds, 86_400L);
        secondOfDay = (int) Math.floorMod(seconds, 86_400L);
        offsetSeconds = 0;
        kindsSeen |= 1 << EPOCH_KINDS[unit].ordinal();
        return true;
    }

    /** Reads a time of day alone ({@code HHMMSS} or {@code H:mm[:ss]}) into {@link #secondOfDay}. */
    boolean parseTimeOfDay(byte[] data, int from, int to) {
        if (to - from == 6 && data[from + 2] != ':') {
            return setClock(digits(data, from, from + 2), digits(data, from + 2, from + 4),
                    digits(data, from + 4, from + 6));
        }
        return parseClock(data, from, to) == to;
    }

    /** Returns the position after the date, or -1. */
    private int parseDate(byte[] data, int from, int to) {
        if (to - from < 8) {
            return -1;
        }
        if (usDates && to - from >= 10 && data[from + 2] == '/' && data[from + 5] == '/') {
            return setDate(digits(data, from + 6, from + 10), digits(data, from, from + 2), digits(data, from + 3, from + 5))
                    ? from + 10 : -1;
        }
        int year = digits(data, from, from + 4);
        byte separator = data[from + 4];
        int month;
        int day;
        int end;
        if (separator == '-' || separator == '/') {
            int monthEnd = digitRunEnd(data, from + 5, to);
            if (monthEnd >= to || data[monthEnd] != separator) {
                return -1;
            }
            end = digitRunEnd(data, monthEnd + 1, to);
            month = digits(data, from + 5, monthEnd);
            day = digits(data, monthEnd + 1, end);
        } else {
            end = from + 8;
            month = digits(data, from + 4, from + 6);
            day = digits(data, from + 6, end);
        }
        return setDate(year, month, day) ? end : -1;
    }

    private boolean setDate(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
            return false;
        }
        epochDay = (int) epochDay(year, month, day);
        return true;
    }

    /** Days of {@code month} (1-12) of {@code year} in the proleptic Gregorian calendar. */
    static int daysInMonth(int year, int month) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /**
     * Days from 1970-01-01 to a valid date with a year from 0, computed as {@link LocalDate#toEpochDay()} does
     * (without building a {@code LocalDate} per row): days of the years before, of the months before, of the month.
     */
    static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400;
        total += (367L * month - 362) / 12;
        total += day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    /** Reads {@code H:mm[:ss]}; returns the position after it, or -1. */
    private int parseClock(byte[] data, int from, int to) {
        int hourEnd = digitRunEnd(data, from, to);
        if (hourEnd + 3 > to || data[hourEnd] != ':') {
            return -1;
        }
        int hour = digits(data, from, hourEnd);
        int minute = digits(data, hourEnd + 1, hourEnd + 3);
        int p = hourEnd + 3;
        int second = 0;
        if (p < to && data[p] == ':') {
            if (p + 3 > to) {
                return -1;
            }
            second = digits(data, p + 1, p + 3);
            p += 3;
            if (p < to && data[p] == '.') {
                int fractionEnd = p + 1;
                while (fractionEnd < to && data[fractionEnd] == '0') {
                    fractionEnd++;
                }
                if (fractionEnd == p + 1 || (fractionEnd < to && isDigit(data[fractionEnd]))) {
                    return -1;
                }
                p = fractionEnd;
            }
        }
        return setClock(hour, minute, second) ? p : -1;
    }

    private boolean setClock(int hour, int minute, int second) {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59) {
            return false;
        }
        secondOfDay = hour * 3600 + minute * 60 + second;
        return true;
    }

    /** Reads {@code Z}, {@code ±HH}, {@code ±HHmm} or {@code ±HH:mm} filling {@code data[from, to)}. */
    private boolean parseOffset(byte[] data, int from, int to) {
        int length = to - from;
        if (length == 1 && data[from] == 'Z') {
            offsetSeconds = 0;
            return true;
        }
        if (data[from] != '+' && data[from] != '-') {
            return false;
        }
        int hours = length >= 3 ? digits(data, from + 1, from + 3) : -1;
        int minutes = switch (length) {
            case 3 -> 0;
            case 5 -> digits(data, from + 3, from + 5);
            case 6 -> data[from + 3] == ':' ? digits(data, from + 4, from + 6) : -1;
            default -> -1;
        };
        if (hours < 0 || hours > MAX_OFFSET_HOURS || minutes < 0 || minutes > 59) {
            return false;
        }
        int seconds = hours * 3600 + minutes * 60;
        offsetSeconds = data[from] == '-' ? -seconds : seconds;
        return true;
    }

    /** Position after at most two digits starting at {@code from}; equals {@code from} when there are none. */
    private static int digitRunEnd(byte[] data, int from, int to) {
        int p = from;
        while (p < to && p - from < 2 && isDigit(data[p])) {
            p++;
        }
        return p;
    }

    /** The value of the digits in {@code data[from, to)}, or -1 when the range is empty or holds a non-digit. */
    private static int digits(byte[] data, int from, int to) {
        if (from >= to) {
            return -1;
        }
        int value = 0;
        for (int i = from; i < to; i++) {
            if (!isDigit(data[i])) {
                return -1;
            }
            value = value * 10 + (data[i] - '0');
        }
        return value;
    }

    private static boolean allDigits(byte[] data, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!isDigit(data[i])) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigit(byte b) {
        return b >= '0' && b <= '9';
    }
}
