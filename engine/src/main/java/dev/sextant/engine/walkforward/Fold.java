package dev.sextant.engine.walkforward;

import java.time.LocalDate;

/**
 * One walk-forward fold as bar indices of the plan's calendar, end indices exclusive, and as the
 * inclusive dates those bars fall on.
 */
public record Fold(int index, int isStart, int isEnd, int oosStart, int oosEnd,
        LocalDate isFrom, LocalDate isTo, LocalDate oosFrom, LocalDate oosTo) {

    static Fold of(int index, int isStart, int isEnd, int oosStart, int oosEnd, long[] calendar) {
        return new Fold(index, isStart, isEnd, oosStart, oosEnd,
                LocalDate.ofEpochDay(calendar[isStart]), LocalDate.ofEpochDay(calendar[isEnd - 1]),
                LocalDate.ofEpochDay(calendar[oosStart]), LocalDate.ofEpochDay(calendar[oosEnd - 1]));
    }
}
