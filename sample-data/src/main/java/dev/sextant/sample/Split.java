package dev.sextant.sample;

import java.time.LocalDate;

/**
 * A stock split: from {@code date} (the ex-date) on, one old share became {@code ratio} new
 * shares. Raw prices before that date are {@code ratio} times the adjusted ones.
 */
public record Split(String symbol, LocalDate date, int ratio) {
}
