package dev.sextant.sample;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The splits and calendar gaps of the synthetic stocks, and how they change a stock's bars.
 *
 * <p>{@code splitCount} distinct stocks split once, 2:1 (70 %) or 3:1 (30 %), on a session between
 * 20 % and 85 % of the range; their raw OHLC before the ex-date is multiplied by the ratio and the
 * volume divided by it, while {@code adj_close} stays in today's shares. {@code gapStockCount}
 * other stocks lose 5–15 consecutive sessions somewhere between 10 % and 80 % of the range.
 * The intraday stock gets neither.
 */
record CorporateEvents(List<Split> splits, List<CalendarGap> gaps) {

    static CorporateEvents draw(SampleMarketParameters parameters, List<LocalDate> sessions,
                                List<StockProfile> stocks) {
        Noise noise = Noise.stream(parameters.seed(), "corporate-events");
        List<String> candidates = new ArrayList<>();
        for (StockProfile stock : stocks) {
            if (!stock.symbol().equals(parameters.intradayStock())) {
                candidates.add(stock.symbol());
            }
        }
        int n = sessions.size();
        List<Split> splits = new ArrayList<>();
        for (int i = 0; i < parameters.splitCount(); i++) {
            String symbol = candidates.remove(noise.integer(candidates.size()));
            LocalDate date = sessions.get((int) (n * noise.uniform(0.20, 0.85)));
            splits.add(new Split(symbol, date, noise.chance(0.3) ? 3 : 2));
        }
        List<CalendarGap> gaps = new ArrayList<>();
        for (int i = 0; i < parameters.gapStockCount(); i++) {
            String symbol = candidates.remove(noise.integer(candidates.size()));
            int first = (int) (n * noise.uniform(0.10, 0.80));
            int length = 5 + noise.integer(11);
            gaps.add(new CalendarGap(symbol, sessions.get(first), sessions.get(first + length - 1), length));
        }
        splits.sort(Comparator.comparing(Split::symbol));
        gaps.sort(Comparator.comparing(CalendarGap::symbol));
        return new CorporateEvents(List.copyOf(splits), List.copyOf(gaps));
    }

    /** The stock's bars as a data vendor would deliver them: unadjusted around splits, with gaps left out. */
    List<DailyBar> apply(String symbol, List<DailyBar> bars) {
        List<DailyBar> raw = new ArrayList<>(bars.size());
        for (DailyBar bar : bars) {
            if (isMissing(symbol, bar.date())) {
                continue;
            }
            int factor = 1;
            for (Split split : splits) {
                if (split.symbol().equals(symbol) && bar.date().isBefore(split.date())) {
                    factor *= split.ratio();
                }
            }
            raw.add(factor == 1 ? bar : bar.beforeSplit(factor));
        }
        return raw;
    }

    private boolean isMissing(String symbol, LocalDate date) {
        for (CalendarGap gap : gaps) {
            if (gap.symbol().equals(symbol) && !date.isBefore(gap.firstMissing()) && !date.isAfter(gap.lastMissing())) {
                return true;
            }
        }
        return false;
    }
}
