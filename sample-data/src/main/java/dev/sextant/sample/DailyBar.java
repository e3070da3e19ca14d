package dev.sextant.sample;

import java.time.LocalDate;

/** One daily bar; prices in ticks of 0.0001. */
record DailyBar(LocalDate date, long open, long high, long low, long close, long adjClose, long volume) {

    DailyBar withRange(long newHigh, long newLow) {
        return new DailyBar(date, open, newHigh, newLow, close, adjClose, volume);
    }

    /** The raw (unadjusted) bar of a day before a split of the given ratio; {@code adjClose} stays. */
    DailyBar beforeSplit(int ratio) {
        return new DailyBar(date, open * ratio, high * ratio, low * ratio, close * ratio, adjClose,
                Math.round((double) volume / ratio));
    }
}
