package dev.sextant.engine.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adjustment convention of {@link SplitDividendAdjuster} on cases computed by hand. */
class SplitDividendAdjusterTest {

    private static final LocalDate D1 = LocalDate.of(2024, 3, 4);
    private static final double EPS = 1e-12;

    private static long day(int i) {
        return D1.plusDays(i - 1).toEpochDay();
    }

    private static PriceColumns daily(int firstDay, double[] close, double[] adjClose, double volume) {
        int n = close.length;
        long[] time = new long[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            time[i] = day(firstDay + i);
            v[i] = volume;
        }
        return new PriceColumns("ABC", Timeframe.DAILY, time, close.clone(), close.clone(), close.clone(), close,
                adjClose, v);
    }

    @Test
    void newSplitRescalesStoredBarsAndNewDividendsScaleEveryEarlierAdjustedClose() {
        // Stored days 1-3, written before a 2:1 split on day 5; their adjusted close already carries
        // older dividends (ratio 0.99).
        PriceColumns stored = daily(1, new double[] {100, 102, 104}, new double[] {99, 100.98, 102.96}, 1000);
        // Fetched days 4-6, split-adjusted by the provider.
        PriceColumns fetched = daily(4, new double[] {53, 54, 55}, new double[] {53, 54, 55}, 3000);
        List<CorporateAction> actions = List.of(
                CorporateAction.dividend(D1.plusDays(3), 2.0),  // day 4: 2.00 as paid = 1.00 after the 2:1 split
                CorporateAction.split(D1.plusDays(4), 2.0),     // day 5
                CorporateAction.dividend(D1.plusDays(5), 0.5)); // day 6

        PriceColumns merged = SplitDividendAdjuster.merge(stored, fetched, actions);

        // Stored bars after the split: prices halved, volume doubled.
        assertThat(merged.close()).containsExactly(50, 51, 52, 53, 54, 55);
        assertThat(merged.open()).containsExactly(50, 51, 52, 53, 54, 55);
        assertThat(merged.volume()).containsExactly(2000, 2000, 2000, 3000, 3000, 3000);
        // Dividend factors: day 4: 1 - 1.00 / 52 (close of day 3 after the split) = 51/52;
        //                   day 6: 1 - 0.50 / 54 (close of day 5) = 53.5/54.
        double f4 = 51.0 / 52;
        double f6 = 53.5 / 54;
        double[] adj = merged.adjClose();
        assertThat(adj[0]).isCloseTo(49.5 * f4 * f6, within(EPS));   // 48.0985576923...
        assertThat(adj[1]).isCloseTo(50.49 * f4 * f6, within(EPS));  // 49.0605288461...
        assertThat(adj[2]).isCloseTo(51.48 * f4 * f6, within(EPS));  // 50.0225
        assertThat(adj[0]).isCloseTo(48.098557692307686, within(1e-9));
        assertThat(adj[3]).isCloseTo(53 * f6, within(EPS));          // 52.5092592592...
        assertThat(adj[4]).isCloseTo(53.5, within(EPS));             // 54 * 53.5/54
        assertThat(adj[5]).isEqualTo(55);
    }

    @Test
    void actionsInsideTheStoredRangeAreAssumedReflectedInStoredBarsBeforeTheFetchedWindow() {
        PriceColumns stored = daily(1, new double[] {10, 11, 12}, new double[] {9, 9.9, 10.8}, 100);
        PriceColumns refetched = daily(2, new double[] {11, 12, 13}, new double[] {11, 12, 13}, 100);
        List<CorporateAction> actions = List.of(CorporateAction.dividend(D1.plusDays(2), 0.6)); // day 3

        PriceColumns merged = SplitDividendAdjuster.merge(stored, refetched, actions);

        assertThat(merged.time()).containsExactly(day(1), day(2), day(3), day(4));
        assertThat(merged.adjClose()[0]).as("stored bar before the window keeps its own adjustment").isEqualTo(9);
        assertThat(merged.adjClose()[1]).isCloseTo(11 * (1 - 0.6 / 11), within(EPS)); // 10.4
        assertThat(merged.adjClose()[2]).isEqualTo(12);
        assertThat(merged.adjClose()[3]).isEqualTo(13);
    }

    @Test
    void aFirstFetchWithoutStoredBarsAdjustsForTheResponseOnly() {
        PriceColumns fetched = daily(1, new double[] {20, 21, 22}, new double[] {20, 21, 22}, 5);
        List<CorporateAction> actions = List.of(
                CorporateAction.dividend(D1, 1.0),               // no bar before it: cannot be applied
                CorporateAction.dividend(D1.plusDays(2), 0.42)); // day 3: 1 - 0.42 / 21 = 0.98

        PriceColumns merged = SplitDividendAdjuster.merge(PriceColumns.empty("ABC", Timeframe.DAILY), fetched, actions);

        assertThat(merged.adjClose()[0]).isCloseTo(19.6, within(EPS));
        assertThat(merged.adjClose()[1]).isCloseTo(20.58, within(EPS));
        assertThat(merged.adjClose()[2]).isEqualTo(22);
    }

    @Test
    void aDividendAtOrAboveThePreviousCloseIsRejected() {
        PriceColumns fetched = daily(1, new double[] {20, 21}, new double[] {20, 21}, 5);
        List<CorporateAction> actions = List.of(CorporateAction.dividend(D1.plusDays(1), 20.0));

        assertThatThrownBy(() -> SplitDividendAdjuster.merge(PriceColumns.empty("ABC", Timeframe.DAILY), fetched, actions))
                .hasMessageContaining("dividend of 20.0 on 2024-03-05 is not below the previous close 20.0");
    }
}
