package dev.sextant.app.research.report;

import dev.sextant.engine.regime.RegimePerformance;
import java.util.Locale;

/**
 * What a cell of the strategy × regime heatmap shows, computed from the stored cell only. Return
 * and Sharpe need at least {@link #MIN_DAYS} days in the regime and the win rate at least one trade;
 * a cell with less shows no value.
 */
public enum RegimeMetric {

    ANNUAL_RETURN("Annualised return %", 0) {
        @Override
        Double value(RegimePerformance cell) {
            return cell.days() < MIN_DAYS ? null : Math.pow(1 + cell.totalReturn(), BARS_PER_YEAR / cell.days()) - 1;
        }
    },
    SHARPE("Sharpe", 0) {
        @Override
        Double value(RegimePerformance cell) {
            return cell.days() < MIN_DAYS ? null : cell.sharpe();
        }
    },
    TOTAL_RETURN("Total return %", 0) {
        @Override
        Double value(RegimePerformance cell) {
            return cell.days() < MIN_DAYS ? null : cell.totalReturn();
        }
    },
    WIN_RATE("Win rate % of trades entered", 0.5) {
        @Override
        Double value(RegimePerformance cell) {
            return cell.trades() == 0 ? null : cell.winRate();
        }
    };

    /** Fewer days in a regime than this say too little to annualise or compare. */
    public static final int MIN_DAYS = 20;
    static final double BARS_PER_YEAR = 252.0;

    private final String label;
    private final double neutral;

    RegimeMetric(String label, double neutral) {
        this.label = label;
        this.neutral = neutral;
    }

    /** The cell's value, null when the cell has too few days (or no trade, for the win rate). */
    abstract Double value(RegimePerformance cell);

    /** The name on the command line: {@code annual-return}, {@code sharpe}, {@code total-return}, {@code win-rate}. */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws IllegalArgumentException naming the known codes */
    public static RegimeMetric ofCode(String code) {
        for (RegimeMetric m : values()) {
            if (m.code().equals(code)) {
                return m;
            }
        }
        throw new IllegalArgumentException("--metric '" + code + "': expected one of "
                + java.util.Arrays.stream(values()).map(RegimeMetric::code).toList());
    }

    /** Why a cell shows no value. */
    public String missing() {
        return this == WIN_RATE ? "no trade entered in the regime" : "fewer than " + MIN_DAYS + " days in the regime";
    }

    /** The value the colours are centred on: above it green, below it red. */
    public double neutral() {
        return neutral;
    }

    /** The value as the cell shows it: percentages for returns and win rates, two decimals for Sharpe. */
    public String format(double value) {
        return this == SHARPE ? String.format(Locale.ROOT, "%.2f", value) : String.format(Locale.ROOT, "%.1f", 100 * value);
    }

    @Override
    public String toString() {
        return label;
    }
}
