package dev.sextant.engine.market;

import dev.sextant.engine.market.calendar.ExchangeCalendars;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * {@link BarResampler} against a naive resampler written another way: intraday, it lists each
 * day's intervals as wall-clock {@link ZonedDateTime}s from 09:30 to 16:00 and scans the day's bars
 * for each; weeks and months are grouped in a sorted map keyed by the Monday
 * ({@link TemporalAdjusters#previousOrSame}) or the {@link YearMonth}. Inputs are seeded random
 * series with gaps, pre- and post-market bars and both 2024 daylight-saving changes.
 * Tolerance: 1e-9 (sums of volumes may be added in the same order, so they agree exactly in practice).
 */
class BarResamplerCrossCheckTest {

    private static final double TOLERANCE = 1e-9;
    private static final LocalTime OPEN = LocalTime.of(9, 30);
    private static final LocalTime CLOSE = LocalTime.of(16, 0);

    private final BarResampler resampler = new BarResampler(ExchangeCalendars.NYSE);

    @Test
    void intradayTimeframesMatchTheNaiveResampler() {
        PriceColumns minutes = randomMinutes(new Random(20), List.of(
                LocalDate.of(2024, 3, 6), LocalDate.of(2024, 3, 14), LocalDate.of(2024, 10, 30), LocalDate.of(2024, 11, 6)));
        for (Timeframe target : List.of(Timeframe.MINUTE_5, Timeframe.MINUTE_15, Timeframe.MINUTE_30, Timeframe.HOUR_1)) {
            PriceColumns expected = naiveIntraday(minutes, target);
            assertThat(expected.size()).as("%s bars", target.code()).isGreaterThanOrEqualTo(13 * 7); // 13 weekdays, 7 hourly intervals each
            assertSame(resampler.resample(minutes, target), expected);
        }
    }

    @Test
    void hoursFromFiveMinuteBarsEqualHoursFromMinutes() {
        PriceColumns minutes = randomMinutes(new Random(7), List.of(LocalDate.of(2024, 3, 4), LocalDate.of(2024, 3, 15)));
        PriceColumns viaFive = resampler.resample(resampler.resample(minutes, Timeframe.MINUTE_5), Timeframe.HOUR_1);
        assertSame(viaFive, resampler.resample(minutes, Timeframe.HOUR_1));
    }

    @Test
    void weeksAndMonthsMatchTheNaiveResampler() {
        PriceColumns days = randomDays(new Random(3), LocalDate.of(2018, 12, 20), LocalDate.of(2026, 1, 10));
        assertSame(resampler.resample(days, Timeframe.WEEKLY),
                naiveCalendar(days, Timeframe.WEEKLY, d -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))));
        assertSame(resampler.resample(days, Timeframe.MONTHLY),
                naiveCalendar(days, Timeframe.MONTHLY, YearMonth::from));
    }

    private static PriceColumns naiveIntraday(PriceColumns bars, Timeframe target) {
        Map<LocalDate, List<Integer>> byDay = new TreeMap<>();
        for (int i = 0; i < bars.size(); i++) {
            byDay.computeIfAbsent(bars.instant(i).atZone(BarRows.NEW_YORK).toLocalDate(), d -> new ArrayList<>()).add(i);
        }
        BarRows out = new BarRows(bars.symbol(), target);
        List<Double> adj = new ArrayList<>();
        for (var day : byDay.entrySet()) {
            ZonedDateTime close = day.getKey().atTime(CLOSE).atZone(BarRows.NEW_YORK);
            for (ZonedDateTime start = day.getKey().atTime(OPEN).atZone(BarRows.NEW_YORK); start.isBefore(close);
                    start = start.plus(target.spacing())) {
                long from = start.toEpochSecond();
                long to = Math.min(start.plus(target.spacing()).toEpochSecond(), close.toEpochSecond());
                List<Integer> in = day.getValue().stream().filter(i -> bars.time()[i] >= from && bars.time()[i] < to).toList();
                if (!in.isEmpty()) {
                    addGroup(out, adj, bars, in, from);
                }
            }
        }
        return withAdjusted(out.build(), adj);
    }

    private static <K> PriceColumns naiveCalendar(PriceColumns bars, Timeframe target, Function<LocalDate, K> period) {
        Map<K, List<Integer>> groups = new TreeMap<>();
        for (int i = 0; i < bars.size(); i++) {
            groups.computeIfAbsent(period.apply(bars.date(i)), k -> new ArrayList<>()).add(i);
        }
        BarRows out = new BarRows(bars.symbol(), target);
        List<Double> adj = new ArrayList<>();
        groups.values().forEach(in -> addGroup(out, adj, bars, in, bars.time()[in.getFirst()]));
        return withAdjusted(out.build(), adj);
    }

    private static void addGroup(BarRows out, List<Double> adj, PriceColumns bars, List<Integer> in, long stamp) {
        double high = in.stream().mapToDouble(i -> bars.high()[i]).max().orElseThrow();
        double low = in.stream().mapToDouble(i -> bars.low()[i]).min().orElseThrow();
        double volume = 0;
        for (int i : in) {
            volume += bars.volume()[i];
        }
        out.add(stamp, bars.open()[in.getFirst()], high, low, bars.close()[in.getLast()], volume);
        adj.add(bars.adjClose()[in.getLast()]);
    }

    /** The built rows with the adjusted closes taken from the source bars, not recomputed by {@link BarRows}. */
    private static PriceColumns withAdjusted(PriceColumns p, List<Double> adj) {
        double[] a = adj.stream().mapToDouble(Double::doubleValue).toArray();
        return new PriceColumns(p.symbol(), p.timeframe(), p.time(), p.open(), p.high(), p.low(), p.close(), a, p.volume());
    }

    /** Minutes from 04:00 to 19:59 New York time on weekdays in [from, to], each kept with probability 0.6. */
    private static PriceColumns randomMinutes(Random rnd, List<LocalDate> ranges) {
        BarRows rows = new BarRows("RND", Timeframe.MINUTE_1);
        double price = 50;
        for (int r = 0; r < ranges.size(); r += 2) {
            for (LocalDate d = ranges.get(r); !d.isAfter(ranges.get(r + 1)); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                for (LocalTime t = LocalTime.of(4, 0); !t.isAfter(LocalTime.of(19, 59)); t = t.plusMinutes(1)) {
                    if (rnd.nextDouble() < 0.6) {
                        price = addRandomBar(rows, rnd, d.atTime(t).atZone(BarRows.NEW_YORK).toEpochSecond(), price);
                    }
                }
            }
        }
        return rows.build();
    }

    /** Weekdays in [from, to], each kept with probability 0.95. */
    private static PriceColumns randomDays(Random rnd, LocalDate from, LocalDate to) {
        BarRows rows = new BarRows("RND", Timeframe.DAILY);
        double price = 50;
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            if (d.getDayOfWeek().getValue() <= 5 && rnd.nextDouble() < 0.95) {
                price = addRandomBar(rows, rnd, d.toEpochDay(), price);
            }
        }
        return rows.build();
    }

    private static double addRandomBar(BarRows rows, Random rnd, long time, double previousClose) {
        double open = previousClose + rnd.nextGaussian() * 0.1;
        double close = open + rnd.nextGaussian() * 0.2;
        double high = Math.max(open, close) + rnd.nextDouble() * 0.1;
        double low = Math.min(open, close) - rnd.nextDouble() * 0.1;
        rows.add(time, open, high, low, close, rnd.nextInt(10_000));
        return close;
    }

    private static void assertSame(PriceColumns actual, PriceColumns expected) {
        assertThat(actual.timeframe()).isEqualTo(expected.timeframe());
        assertThat(actual.time()).containsExactly(expected.time());
        assertThat(actual.open()).containsExactly(expected.open(), within(TOLERANCE));
        assertThat(actual.high()).containsExactly(expected.high(), within(TOLERANCE));
        assertThat(actual.low()).containsExactly(expected.low(), within(TOLERANCE));
        assertThat(actual.close()).containsExactly(expected.close(), within(TOLERANCE));
        assertThat(actual.adjClose()).containsExactly(expected.adjClose(), within(TOLERANCE));
        assertThat(actual.volume()).containsExactly(expected.volume(), within(TOLERANCE));
    }
}
