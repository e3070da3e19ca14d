package dev.sextant.engine.scan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.sextant.engine.TestBars;
import dev.sextant.engine.job.Cancellation;
import dev.sextant.engine.job.CancelledException;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.strategy.SignalCache;
import dev.sextant.engine.strategy.StrategyCatalog;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A scan reports one unit per symbol's signals and one per momentum score, and stops when cancelled. */
class ScanProgressTest {

    private static List<PriceColumns> bars() {
        List<PriceColumns> out = new ArrayList<>();
        for (int s = 0; s < 4; s++) {
            out.add(TestBars.synthetic("S" + s, 400, 30 + s, 0.0005, 11 * s));
        }
        return out;
    }

    @Test
    void progressCountsSignalsThenMomentumScoresAndTheResultIsUnchanged() {
        List<long[]> reports = new ArrayList<>();
        List<String> messages = new ArrayList<>();
        ScanRequest request = ScanRequest.of("sma-cross");
        ScanResult with = new SignalScanner(StrategyCatalog.load(), new SignalCache()).scan(request, bars(),
                (done, total, message) -> {
                    reports.add(new long[] {done, total});
                    messages.add(message);
                }, Cancellation.NEVER);
        ScanResult plain = new SignalScanner(StrategyCatalog.load(), new SignalCache()).scan(request, bars());

        assertThat(reports).extracting(r -> r[0]).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertThat(reports).extracting(r -> r[1]).containsOnly(8L);
        assertThat(messages.get(3)).isEqualTo("signals of 4 of 4 symbols");
        assertThat(messages.get(4)).isEqualTo("momentum of 1 of 4 symbols");
        assertThat(with).isEqualTo(plain);

        List<Long> noMomentum = new ArrayList<>();
        new SignalScanner(StrategyCatalog.load(), new SignalCache()).scan(new ScanRequest("sma-cross", java.util.Map.of(),
                null, request.approachDistance(), 0, dev.sextant.engine.rules.EntryRules.NONE), bars(), (done, total, message) -> noMomentum.add(total), Cancellation.NEVER);
        assertThat(noMomentum).hasSize(4).containsOnly(4L);
    }

    @Test
    void aCancelledScanStopsBeforeTheNextSymbol() {
        List<Long> done = new ArrayList<>();
        assertThatThrownBy(() -> new SignalScanner(StrategyCatalog.load(), new SignalCache()).scan(ScanRequest.of("sma-cross"),
                bars(), (d, t, m) -> done.add(d), () -> done.size() >= 2)).isInstanceOf(CancelledException.class);
        assertThat(done).containsExactly(1L, 2L);
    }
}
