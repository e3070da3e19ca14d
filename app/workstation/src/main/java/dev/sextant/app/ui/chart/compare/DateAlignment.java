package dev.sextant.app.ui.chart.compare;

import dev.sextant.engine.market.Timeframe;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * Puts another symbol's closes on the main symbol's bar times. Each main bar takes the close of the
 * other symbol's latest bar of the same period or before: a day (or intraday interval) the other
 * symbol did not trade carries its last close forward, a later bar is never looked at, and before
 * its first bar there is no value (NaN). Daily and intraday bars are matched by their time stamp;
 * weekly and monthly bars (stamped with their first trading day, which differs between symbols
 * with different holidays) by the ISO week or calendar month they belong to.
 * Pure: no clock, no I/O.
 */
public final class DateAlignment {

    private DateAlignment() {
    }

    /**
     * @param timeframe the timeframe of both series
     * @param mainTimes the main symbol's bar times, ascending
     * @param otherTimes the other symbol's bar times, ascending
     * @param otherClose the other symbol's closes, parallel to {@code otherTimes}
     * @return one value per main bar: the other symbol's close there, NaN before its first bar
     */
    public static double[] closesAt(Timeframe timeframe, long[] mainTimes, long[] otherTimes, double[] otherClose) {
        if (otherTimes.length != otherClose.length) {
            throw new IllegalArgumentException("otherTimes (" + otherTimes.length + ") and otherClose ("
                    + otherClose.length + ") differ in length");
        }
        double[] out = new double[mainTimes.length];
        int j = -1;
        for (int i = 0; i < mainTimes.length; i++) {
            long period = period(timeframe, mainTimes[i]);
            while (j + 1 < otherTimes.length && period(timeframe, otherTimes[j + 1]) <= period) {
                j++;
            }
            out[i] = j < 0 ? Double.NaN : otherClose[j];
        }
        return out;
    }

    /** The period a bar stamped {@code time} belongs to: its own time, or the first day of its week or month. */
    static long period(Timeframe timeframe, long time) {
        return switch (timeframe) {
            case WEEKLY -> LocalDate.ofEpochDay(time).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).toEpochDay();
            case MONTHLY -> LocalDate.ofEpochDay(time).withDayOfMonth(1).toEpochDay();
            default -> time;
        };
    }
}
