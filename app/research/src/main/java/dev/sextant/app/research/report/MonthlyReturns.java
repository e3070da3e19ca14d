package dev.sextant.app.research.report;

import dev.sextant.engine.backtest.EquityCurve;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * Calendar-month returns of a daily equity curve: each month's last equity over the previous
 * month's last equity (the first month: over the curve's first equity), minus one. A year maps to
 * twelve values, NaN for months outside the curve; {@link #yearReturn} compounds a year's months.
 */
public record MonthlyReturns(Map<Integer, double[]> byYear) {

    public static MonthlyReturns of(EquityCurve curve) {
        Map<Integer, double[]> years = new TreeMap<>();
        if (curve.size() == 0) {
            return new MonthlyReturns(Map.of());
        }
        double base = curve.equity()[0];
        for (int i = 0; i < curve.size(); i++) {
            LocalDate day = LocalDate.ofEpochDay(curve.time()[i]);
            boolean lastOfMonth = i == curve.size() - 1 || !sameMonth(day, LocalDate.ofEpochDay(curve.time()[i + 1]));
            if (lastOfMonth) {
                double[] months = years.computeIfAbsent(day.getYear(), y -> nanMonths());
                months[day.getMonthValue() - 1] = curve.equity()[i] / base - 1;
                base = curve.equity()[i];
            }
        }
        return new MonthlyReturns(Collections.unmodifiableMap(years));
    }

    private static boolean sameMonth(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonthValue() == b.getMonthValue();
    }

    private static double[] nanMonths() {
        double[] m = new double[12];
        Arrays.fill(m, Double.NaN);
        return m;
    }

    /** The year's months compounded (months outside the curve count as flat); NaN for a year not in the curve. */
    public double yearReturn(int year) {
        double[] months = byYear.get(year);
        if (months == null) {
            return Double.NaN;
        }
        double growth = 1;
        for (double m : months) {
            if (!Double.isNaN(m)) {
                growth *= 1 + m;
            }
        }
        return growth - 1;
    }

    /** The largest absolute monthly return, for scaling colours; 0 when there are none. */
    public double maxAbs() {
        return byYear.values().stream().flatMapToDouble(Arrays::stream).filter(Double::isFinite).map(Math::abs)
                .max().orElse(0);
    }
}
