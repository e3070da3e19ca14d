package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.engine.regime.MarketRegime;
import dev.sextant.engine.regime.Outlook;
import dev.sextant.engine.regime.RegimeSnapshot;
import dev.sextant.engine.regime.RiskAction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegimeChangeTest {

    private static final LocalDate D0 = LocalDate.of(2024, 1, 1);

    private static List<RegimeSnapshot> days(MarketRegime... regimes) {
        List<RegimeSnapshot> out = new ArrayList<>();
        for (int i = 0; i < regimes.length; i++) {
            out.add(new RegimeSnapshot(D0.plusDays(i), regimes[i], new double[MarketRegime.COUNT], false, List.of(),
                    Outlook.STABLE, RiskAction.STAY_INVESTED));
        }
        return out;
    }

    @Test
    void listsTheLastChangesOldestFirstWithHowLongTheNewRegimeLasted() {
        var bull = MarketRegime.STRONG_BULL;
        var bear = MarketRegime.WEAK_BEAR;
        var panic = MarketRegime.PANIC_CRASH;
        List<RegimeSnapshot> days = days(bull, bull, bear, bear, bear, panic, bull, bull);

        assertThat(RegimeChange.last(days, 10)).containsExactly(
                new RegimeChange(D0.plusDays(2), bull, bear, 3),
                new RegimeChange(D0.plusDays(5), bear, panic, 1),
                new RegimeChange(D0.plusDays(6), panic, bull, 2));
        assertThat(RegimeChange.last(days, 2)).extracting(RegimeChange::to).containsExactly(panic, bull);
    }

    @Test
    void noChangeGivesAnEmptyTimeline() {
        assertThat(RegimeChange.last(days(MarketRegime.RECOVERY, MarketRegime.RECOVERY), 10)).isEmpty();
    }
}
