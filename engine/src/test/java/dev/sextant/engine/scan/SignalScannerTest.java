package dev.sextant.engine.scan;

import dev.sextant.engine.spi.Signal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.rules.EntryRules;
import dev.sextant.engine.rules.MarketFilter;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.ProgressSink;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignalScannerTest {

    private final SignalScanner scanner = new SignalScanner(StrategyCatalog.load(), new SignalCache());

    /** 250 flat bars at 20 with volume 1M, then a last bar closing at {@code lastClose}. */
    private static PriceColumns breakout(String symbol, double lastClose) {
        double[] c = new double[251];
        Arrays.fill(c, 20);
        c[250] = lastClose;
        return TestBars.fromCloses(symbol, c, 1_000_000);
    }

    @Test
    void listsSignalsAndSymbolsApproachingTheDwapTrigger() {
        List<PriceColumns> bars = List.of(breakout("HIT", 21.5), breakout("NEAR", 20.8), breakout("FAR", 20.0));
        ScanResult r = scanner.scan(new ScanRequest("dwap-breakout", Map.of("period", 50), null, 0.02, 5, EntryRules.NONE), bars);

        LocalDate last = LocalDate.ofEpochDay(TestBars.DAY0 + 250);
        assertThat(r.date()).isEqualTo(last);
        assertThat(r.signals()).extracting(Signal::symbol).containsExactly("HIT");
        Signal s = r.signals().get(0);
        double dwap = (49 * 20 + 21.5) / 50;
        assertThat(s.indicators().get("dwap")).isCloseTo(dwap, within(1e-9));
        assertThat(s.indicators().get("pct_above_dwap")).isCloseTo(21.5 / dwap - 1, within(1e-9));
        assertThat(s.stop()).isCloseTo(21.5 * 0.92, within(1e-9));
        assertThat(s.target()).isCloseTo(21.5 * 1.2, within(1e-9));
        assertThat(s.volumeRatio()).isCloseTo(1.0, within(1e-12));
        assertThat(s.strong()).isFalse();
        assertThat(s.id()).isEqualTo(Signal.idOf("dwap-breakout", "HIT", last)).hasSize(16);

        assertThat(r.approaching()).extracting(NearTrigger::symbol).containsExactly("NEAR");
        double dwapNear = (49 * 20 + 20.8) / 50;
        assertThat(r.approaching().get(0).distance()).isCloseTo(dwapNear * 1.05 / 20.8 - 1, within(1e-12));
    }

    /**
     * The index closes 100 on 250 bars, then 99 on the scan date: below its SMA(200) of
     * (199 × 100 + 99) / 200 = 99.995, so the market filter blocks HIT's signal; at 101 it is above and lets it through.
     * The index is read from the filter bars and is not scanned itself.
     */
    /** 250 bars closing at 100, then {@code last}. */
    private static PriceColumns index(double last) {
        double[] c = new double[251];
        Arrays.fill(c, 100);
        c[250] = last;
        return TestBars.fromCloses("IDX", c, 0);
    }

    @Test
    void aClosedMarketFilterBlocksEverySignalAndSaysWhy() {
        List<PriceColumns> bars = List.of(breakout("HIT", 21.5), breakout("FAR", 20.0));
        ScanRequest request = new ScanRequest("dwap-breakout", Map.of("period", 50), null, 0.02, 0,
                EntryRules.NONE.withMarketFilter(MarketFilter.parse("IDX:sma200")));

        ScanResult below = scanner.scan(request, bars, List.of(index(99)), ProgressSink.NONE, Cancellation.NEVER);
        assertThat(below.signals()).isEmpty();
        assertThat(below.blockedSignals()).isEqualTo(1);
        assertThat(below.blockedMessage()).hasValue("market filter: IDX below SMA 200, 0 entries (1 signals blocked)");

        ScanResult above = scanner.scan(request, bars, List.of(index(101)), ProgressSink.NONE, Cancellation.NEVER);
        assertThat(above.signals()).extracting(Signal::symbol).containsExactly("HIT");
        assertThat(above.filters()).containsExactly(new GateVerdict("market filter", "IDX:sma200", true, "IDX below SMA 200"));
        assertThat(above.blockedMessage()).isEmpty();
    }

    @Test
    void momentumRankingOrdersByReturn() {
        List<PriceColumns> bars = List.of(breakout("A", 22), breakout("B", 25), breakout("C", 19));
        ScanResult r = scanner.scan(ScanRequest.of("sma-cross"), bars);
        assertThat(r.momentum()).extracting(MomentumRank::symbol).containsExactly("B", "A", "C");
        assertThat(r.momentum().get(0).score()).isCloseTo(25 / 20.0 - 1, within(1e-12));
    }

    @Test
    void signalIdIsStable() {
        assertThat(Signal.idOf("x", "AAPL", LocalDate.of(2024, 1, 2)))
                .isEqualTo(Signal.idOf("x", "AAPL", LocalDate.of(2024, 1, 2)))
                .isNotEqualTo(Signal.idOf("x", "AAPL", LocalDate.of(2024, 1, 3)));
    }
}
