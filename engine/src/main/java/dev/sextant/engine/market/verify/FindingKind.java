package dev.sextant.engine.market.verify;


/** What kind of doubt a {@link Finding} raises about a bar. */
public enum FindingKind {
    /** Bars missing: a daily gap of more calendar days than allowed, or missing minutes inside an intraday session. */
    CALENDAR_GAP,
    /** Intraday bars starting outside the regular session of their day (pre-market, after-hours, holidays). */
    OUTSIDE_SESSION,
    /** Volume is zero. */
    ZERO_VOLUME,
    /** A non-positive or non-finite price, high below low, high below open/close, or low above open/close. */
    OHLC_VIOLATION,
    /** Close moved more than the jump threshold from the previous close and does not look like a split. */
    SUSPICIOUS_JUMP,
    /** Close and open moved by a split ratio while the adjusted close hardly moved: probably an unadjusted split. */
    SPLIT_LIKE_JUMP
}
