package dev.sextant.app.cli;

import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.RegimeSnapshot;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A day on which the classified regime changed, and how many classified days the new regime has
 * lasted (up to the next change, or to the last day).
 */
record RegimeChange(LocalDate date, MarketRegime from, MarketRegime to, int days) {

    /** The last {@code n} changes among {@code days} (ascending by date), oldest first. */
    static List<RegimeChange> last(List<RegimeSnapshot> days, int n) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i).regime() != days.get(i - 1).regime()) {
                starts.add(i);
            }
        }
        List<RegimeChange> out = new ArrayList<>();
        for (int k = Math.max(0, starts.size() - n); k < starts.size(); k++) {
            int start = starts.get(k);
            int end = k + 1 < starts.size() ? starts.get(k + 1) : days.size();
            RegimeSnapshot day = days.get(start);
            out.add(new RegimeChange(day.date(), days.get(start - 1).regime(), day.regime(), end - start));
        }
        return out;
    }
}
