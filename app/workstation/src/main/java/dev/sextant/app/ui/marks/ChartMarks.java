package dev.sextant.app.ui.marks;

import java.util.List;
import java.util.Objects;

/**
 * What another panel asks the chart to mark on one symbol's bars: backtest entries and exits, or
 * scanner signals, or the Crosses panel's crosses, and the span of bar times to show. Times are bar
 * times as stored: epoch days for daily bars, epoch seconds for intraday bars ({@link #intraday()}).
 *
 * @param focusFrom first bar time to show
 * @param focusTo last bar time to show
 */
public record ChartMarks(String symbol, List<Mark> marks, long focusFrom, long focusTo) {

    public enum Kind { ENTRY, EXIT, SIGNAL }

    public record Mark(long time, Kind kind, String label) {
    }

    public ChartMarks {
        Objects.requireNonNull(symbol);
        marks = List.copyOf(marks);
        if (focusFrom > focusTo) {
            throw new IllegalArgumentException("focus from " + focusFrom + " is after " + focusTo);
        }
    }

    /** Whether the times are epoch seconds of intraday bars: any epoch day of a daily bar is far below a day's seconds. */
    public boolean intraday() {
        return focusTo > 86_400L * 3;
    }
}
