package dev.sextant.sample;

import java.time.LocalDateTime;

/** One 1-minute bar stamped with its start in exchange-local time; prices in ticks of 0.0001. */
record MinuteBar(LocalDateTime start, long open, long high, long low, long close, long volume) {
}
