package dev.sextant.engine.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.backtest.RoundTrip;
import java.util.List;

/**
 * Live paper trips against a backtest's, trip for trip: times, prices, shares, exit reason and bars held exactly,
 * P&L within 1e-9 and MAE/MFE within 1e-12 (both sides sum the same values in a different order).
 */
public final class SameTrips {

    private SameTrips() {
    }

    public static void assertSameTrips(List<RoundTrip> live, List<RoundTrip> backtest) {
        assertThat(live).hasSameSizeAs(backtest).isNotEmpty();
        for (int i = 0; i < live.size(); i++) {
            RoundTrip a = live.get(i);
            RoundTrip b = backtest.get(i);
            String what = "trip " + i + " " + b;
            assertThat(a.symbol()).as(what).isEqualTo(b.symbol());
            assertThat(a.entryTime()).as(what).isEqualTo(b.entryTime());
            assertThat(a.exitTime()).as(what).isEqualTo(b.exitTime());
            assertThat(a.entryPrice()).as(what).isEqualTo(b.entryPrice());
            assertThat(a.exitPrice()).as(what).isEqualTo(b.exitPrice());
            assertThat(a.shares()).as(what).isEqualTo(b.shares());
            assertThat(a.exitReason()).as(what).isEqualTo(b.exitReason());
            assertThat(a.pnl()).as(what).isCloseTo(b.pnl(), within(1e-9));
            assertThat(a.barsHeld()).as(what).isEqualTo(b.barsHeld());
            assertThat(a.mae()).as(what).isCloseTo(b.mae(), within(1e-12));
            assertThat(a.mfe()).as(what).isCloseTo(b.mfe(), within(1e-12));
        }
    }
}
