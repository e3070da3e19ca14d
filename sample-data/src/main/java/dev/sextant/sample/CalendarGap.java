package dev.sextant.sample;

import java.time.LocalDate;

/** A stretch of sessions for which a stock has no bars (like a trading halt), from first to last missing session. */
record CalendarGap(String symbol, LocalDate firstMissing, LocalDate lastMissing, int sessions) {
}
