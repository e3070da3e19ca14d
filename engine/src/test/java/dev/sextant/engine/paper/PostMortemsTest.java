package dev.sextant.engine.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.FillTiming;
import dev.sextant.engine.backtest.RoundTrip;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.regime.MarketRegime;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class PostMortemsTest {

    /** Bars 0..9: open = close = 100 except a gap down to 90 on bar 4 and a run to 115 on bars 5-6. */
    private static PriceColumns bars() {
        double[] c = {100, 100, 100, 100, 90, 104, 115, 112, 111, 110};
        double[] o = c.clone();
        double[] h = new double[c.length];
        double[] l = new double[c.length];
        for (int i = 0; i < c.length; i++) {
            h[i] = c[i] + 1;
            l[i] = c[i] - 1;
        }
        return TestBars.of("A", TestBars.DAY0, o, h, l, c, new double[c.length]);
    }

    private static RoundTrip trip(ExitReason reason, double exitPrice) {
        return new RoundTrip("A", TestBars.DAY0 + 1, 100, 10, TestBars.DAY0 + 4, exitPrice, reason, 10 * (exitPrice - 100),
                exitPrice / 100 - 1, 3, -0.11, 0.01);
    }

    @Test
    void aGappedStopBeforeARallyIsNamedWithTheRegimes() {
        TreeMap<LocalDate, MarketRegime> regimes = new TreeMap<>();
        regimes.put(LocalDate.ofEpochDay(TestBars.DAY0 + 1), MarketRegime.STRONG_BULL);
        regimes.put(LocalDate.ofEpochDay(TestBars.DAY0 + 4), MarketRegime.PANIC_CRASH);
        var pm = new PostMortems(3, 0.10).of(List.of(new PaperTrip(trip(ExitReason.STOP_LOSS, 90), "dwap-breakout")),
                Map.of("A", bars()), regimes, FillTiming.NEXT_OPEN).getFirst();
        assertThat(pm.entryReason()).isEqualTo("dwap-breakout entry signal at the close of 2020-01-01, filled at the open of 2020-01-02");
        assertThat(pm.regimeAtEntry()).isEqualTo(MarketRegime.STRONG_BULL);
        assertThat(pm.regimeAtExit()).isEqualTo(MarketRegime.PANIC_CRASH);
        assertThat(pm.exitNote()).contains("gapped through the stop, sold at the open (90.00)");
        assertThat(pm.mae()).isEqualTo(-0.11);
        assertThat(pm.barsAfter()).isEqualTo(3);
        assertThat(pm.bestAfter()).isCloseTo(116.0 / 90 - 1, within(1e-12)); // high of bar 6
        assertThat(pm.barsToBest()).isEqualTo(2);
        assertThat(pm.worstAfter()).isCloseTo(103.0 / 90 - 1, within(1e-12));
        assertThat(pm.verdict()).isEqualTo("stopped out 2 days before a +28.9 % move");
    }

    @Test
    void quietPathsAndMissingBarsAreSaidPlainly() {
        var quiet = new PostMortems(2, 0.50).of(List.of(new PaperTrip(trip(ExitReason.HAND, 90), PaperTrip.HAND)),
                Map.of("A", bars()), new TreeMap<>(), FillTiming.NEXT_OPEN).getFirst();
        assertThat(quiet.entryReason()).isEqualTo("hand-entered buy on 2020-01-02");
        assertThat(quiet.regimeAtEntry()).isNull();
        assertThat(quiet.verdict()).isEqualTo("in the 2 bars after the exit the price stayed between 14.4 % and +28.9 %");
        RoundTrip last = new RoundTrip("A", TestBars.DAY0 + 1, 100, 10, TestBars.DAY0 + 9, 110.0, ExitReason.SIGNAL, 100,
                0.1, 8, 0, 0.15);
        var end = new PostMortems(5, 0.1).of(List.of(new PaperTrip(last, "x")), Map.of("A", bars()), new TreeMap<>(),
                FillTiming.NEXT_OPEN).getFirst();
        assertThat(end.verdict()).isEqualTo("no bars after the exit yet");
        assertThat(end.bestAfter()).isNaN();
    }
}
