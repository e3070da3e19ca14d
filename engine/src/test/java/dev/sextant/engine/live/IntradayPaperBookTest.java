package dev.sextant.engine.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.sextant.engine.backtest.ExitReason;
import dev.sextant.engine.backtest.RoundTrip;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The paper book on a session worked out by hand (amount 1,000 a trade, capital 10,000, minutes t0..t5):
 * <pre>
 *  bar  open  high  low   close  cross  what happens
 *  t0   10    11    9     10     up     entry pending, sized on 10: floor(1000/10) = 100 shares
 *  t1   10.5  11    10    11     -      buy 100 at t1's open 10.5 (cost 1,050)
 *  t2   11    12    10.8  11.5   down   exit pending
 *  t3   11.2  11.4  11    11.3   up     sell 100 at 11.2: P&L 70, 2 bars held, MAE 10/10.5-1, MFE 12/10.5-1;
 *                                       entry pending, floor(1000/11.3) = 88 shares
 *  t4   11.3  11.6  11.2  11.5   -      (last minute) buy 88 at 11.3, sold at the close 11.5: P&L 17.6, session_close
 *  t5   11.5  11.7  11.4  11.6   up     a bar of the closed session (a late backfill): nothing
 * </pre>
 */
class IntradayPaperBookTest {

    @Test
    void aSessionWorkedOutByHand() {
        IntradayPaperBook book = new IntradayPaperBook(10_000, 1_000);
        long session = 19_800;
        List<PaperFill> fills = new ArrayList<>();
        fills.addAll(book.bar("X", session, 0, 10, 11, 9, 10, 1, false));
        fills.addAll(book.bar("X", session, 60, 10.5, 11, 10, 11, 0, false));
        fills.addAll(book.bar("X", session, 120, 11, 12, 10.8, 11.5, -1, false));
        fills.addAll(book.bar("X", session, 180, 11.2, 11.4, 11, 11.3, 1, false));
        fills.addAll(book.bar("X", session, 240, 11.3, 11.6, 11.2, 11.5, 0, true));
        fills.addAll(book.bar("X", session, 300, 11.5, 11.7, 11.4, 11.6, 1, false));
        fills.addAll(book.endSession("X"));

        assertThat(fills).hasSize(4);
        RoundTrip first = fills.get(1).trip();
        assertThat(fills.get(0).execution().shares()).isEqualTo(100);
        assertThat(fills.get(0).execution().price()).isEqualTo(10.5);
        assertThat(first.entryTime()).isEqualTo(60);
        assertThat(first.exitTime()).isEqualTo(180);
        assertThat(first.exitPrice()).isEqualTo(11.2);
        assertThat(first.exitReason()).isEqualTo(ExitReason.SIGNAL);
        assertThat(first.pnl()).isCloseTo(70, within(1e-9));
        assertThat(first.barsHeld()).isEqualTo(2);
        assertThat(first.mae()).isCloseTo(10 / 10.5 - 1, within(1e-12));
        assertThat(first.mfe()).isCloseTo(12 / 10.5 - 1, within(1e-12));
        RoundTrip second = fills.get(3).trip();
        assertThat(second.shares()).isEqualTo(88);
        assertThat(second.entryPrice()).isEqualTo(11.3);
        assertThat(second.exitTime()).isEqualTo(240);
        assertThat(second.exitPrice()).isEqualTo(11.5);
        assertThat(second.exitReason()).isEqualTo(ExitReason.SESSION_CLOSE);
        assertThat(second.pnl()).isCloseTo(17.6, within(1e-9));
        assertThat(second.barsHeld()).isZero();
        assertThat(second.mae()).isCloseTo(11.2 / 11.3 - 1, within(1e-12));
        assertThat(second.mfe()).isCloseTo(11.6 / 11.3 - 1, within(1e-12));

        PaperSnapshot snapshot = book.snapshot();
        assertThat(snapshot.cash()).isCloseTo(10_087.6, within(1e-9));
        assertThat(snapshot.realizedPnl()).isCloseTo(87.6, within(1e-9));
        assertThat(snapshot.closedTrips()).isEqualTo(2);
        assertThat(snapshot.positions()).isEmpty();
    }

    @Test
    void anEntryIsCutToTheCashLeftAndAnOpenPositionIsValuedAtItsLastClose() {
        IntradayPaperBook book = new IntradayPaperBook(500, 1_000);
        book.bar("X", 1, 0, 10, 10, 10, 10, 1, false);
        List<PaperFill> buy = book.bar("X", 1, 60, 12, 13, 12, 13, 0, false);
        // floor(1000/10) = 100 shares would cost 1,200: cut to floor(100 x 500/1200) = 41 (492)
        assertThat(buy).singleElement().satisfies(f -> assertThat(f.execution().shares()).isEqualTo(41));
        PaperSnapshot s = book.snapshot();
        assertThat(s.cash()).isCloseTo(8, within(1e-9));
        assertThat(s.positions()).singleElement().satisfies(p -> {
            assertThat(p.lastPrice()).isEqualTo(13);
            assertThat(p.unrealizedPnl()).isCloseTo(41, within(1e-9));
        });
        assertThat(s.equity()).isCloseTo(8 + 41 * 13, within(1e-9));
    }
}
