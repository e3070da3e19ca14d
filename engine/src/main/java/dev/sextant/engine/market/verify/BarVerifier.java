package dev.sextant.engine.market.verify;

import dev.sextant.engine.market.PriceColumns;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Checks the quality of bar series without changing them. Rules (thresholds in {@link VerifyOptions}):
 * <ul>
 *   <li>{@link FindingKind#CALENDAR_GAP}: daily bars more than 4 calendar days apart (a weekend
 *       plus one holiday passes); missing intraday bars inside the exchange calendar's regular
 *       sessions ({@link CalendarGapCheck});</li>
 *   <li>{@link FindingKind#OUTSIDE_SESSION}: intraday bars outside the regular sessions, one
 *       finding per day ({@link OutsideSessionCheck});</li>
 *   <li>{@link FindingKind#ZERO_VOLUME}: volume is 0;</li>
 *   <li>{@link FindingKind#OHLC_VIOLATION}: a price not positive and finite, high below low,
 *       high below max(open, close), low above min(open, close);</li>
 *   <li>{@link FindingKind#SPLIT_LIKE_JUMP}: close/previous close within 2 % of a split ratio (2, 3,
 *       4, 5, 10, 3/2, 4/3, 5/4 or an inverse), open/previous close within 5 % of the same ratio,
 *       and the adjusted close moving at most a quarter as much in log terms;</li>
 *   <li>{@link FindingKind#SUSPICIOUS_JUMP}: any other close-to-close move above 35 %.</li>
 * </ul>
 * Findings are ordered by symbol, timeframe, time and kind.
 */
public final class BarVerifier {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::symbol)
            .thenComparing(Finding::timeframe)
            .thenComparingLong(Finding::time)
            .thenComparing(Finding::kind);

    private final List<BarCheck> checks;

    public BarVerifier() {
        this(VerifyOptions.defaults());
    }

    public BarVerifier(VerifyOptions options) {
        this.checks = List.of(
                new CalendarGapCheck(options.maxCalendarDays(), options.calendar()),
                new OutsideSessionCheck(options.calendar()),
                new ZeroVolumeCheck(),
                new OhlcCheck(),
                new JumpCheck(options.jumpThreshold(), options.splitTolerance(), options.splitOpenTolerance()));
    }

    public VerificationReport verify(PriceColumns series) {
        return verify(List.of(series));
    }

    public VerificationReport verify(Collection<PriceColumns> seriesList) {
        List<Finding> findings = new ArrayList<>();
        for (PriceColumns series : seriesList) {
            for (BarCheck check : checks) {
                findings.addAll(check.inspect(series));
            }
        }
        findings.sort(ORDER);
        return new VerificationReport(findings);
    }
}
