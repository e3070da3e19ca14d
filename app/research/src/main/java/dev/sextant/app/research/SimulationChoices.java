package dev.sextant.app.research;

import dev.sextant.engine.backtest.AccountRules;
import dev.sextant.engine.backtest.BacktestRequest;
import dev.sextant.engine.backtest.BacktestRequestMap;
import dev.sextant.engine.backtest.ExitMode;
import dev.sextant.engine.backtest.FeeModel;
import dev.sextant.engine.backtest.FillTiming;
import dev.sextant.engine.backtest.ReturnMode;
import dev.sextant.engine.backtest.SizingRule;
import dev.sextant.engine.backtest.SlippageModel;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * The user's simulation choices as typed (capital, sizing, positions, fill timing, exits, costs, risk-free rate,
 * seed, dates, and the account rules: fractional shares, leverage, re-entry, returns), with their defaults: the one owner of "turn the user's choices into a run", used by the CLI's options
 * ({@code backtest}, {@code portfolio create}) and the backtest panel's fields alike. Every parser trims its text and
 * fails with an {@link IllegalArgumentException} naming the field and the value.
 */
public record SimulationChoices(String capital, String sizing, String maxPositions, String fill, boolean closeOnly,
        String commission, String slippage, String riskFree, String seed, boolean fractional, String leverage,
        String reentry, String returns) {

    public static final String DEFAULT_CAPITAL = "100000";
    public static final String DEFAULT_SIZING = "equal-weight";
    public static final String DEFAULT_MAX_POSITIONS = "10";
    public static final String DEFAULT_FILL = "next-open";
    public static final String DEFAULT_COMMISSION = "bps:0";
    public static final String DEFAULT_SLIPPAGE = "bps:0";
    public static final String DEFAULT_RISK_FREE = "0.0";
    public static final String DEFAULT_SEED = "0";
    public static final String DEFAULT_LEVERAGE = "1";
    public static final String DEFAULT_REENTRY = "none";
    /** New runs earn total returns; saved runs without the field reopen as price. */
    public static final String DEFAULT_RETURNS = "total";
    /** The most leverage a run takes: gross exposure up to 10 × equity. */
    public static final double MAX_LEVERAGE = 10;

    /** Every field at its default. */
    public static SimulationChoices defaults() {
        return new SimulationChoices(DEFAULT_CAPITAL, DEFAULT_SIZING, DEFAULT_MAX_POSITIONS, DEFAULT_FILL, false,
                DEFAULT_COMMISSION, DEFAULT_SLIPPAGE, DEFAULT_RISK_FREE, DEFAULT_SEED, false, DEFAULT_LEVERAGE,
                DEFAULT_REENTRY, DEFAULT_RETURNS);
    }

    /** These choices with another return mode ({@code price} or {@code total}). */
    public SimulationChoices withReturns(String mode) {
        return new SimulationChoices(capital, sizing, maxPositions, fill, closeOnly, commission, slippage, riskFree, seed,
                fractional, leverage, reentry, mode);
    }

    /** Parses every field; the first bad one fails naming its value. Call before any slow work. */
    public void validate() {
        applyTo(BacktestRequest.builder("validation", java.util.List.of()));
    }

    /** Sets these choices on {@code b}; a bad text (or a bad pair of them) fails naming the field and its value. */
    public BacktestRequest.Builder applyTo(BacktestRequest.Builder b) {
        double cash = capital(capital);
        double lev = leverage(leverage);
        SizingRule rule = sizing(sizing, lev);
        if (rule instanceof SizingRule.FixedAmount a && a.amount() > cash * lev) {
            throw new IllegalArgumentException("sizing '" + sizing.trim() + "': the amount must be at most the capital"
                    + (lev == 1 ? "" : " × leverage") + ", " + cash * lev + ", got " + a.amount());
        }
        FillTiming timing = fill(fill);
        boolean sameCloseReentry = reentry(reentry);
        if (sameCloseReentry && timing != FillTiming.SAME_CLOSE) {
            throw new IllegalArgumentException("reentry 'same-close' needs fill 'same-close': with next-open fills"
                    + " no position is sold at a close");
        }
        return b.capital(cash).sizing(rule).maxPositions(maxPositions(maxPositions))
                .fill(timing).exitMode(closeOnly ? ExitMode.CLOSE_ONLY : ExitMode.INTRABAR)
                .commission(commission(commission)).slippage(slippage(slippage)).riskFreeRate(riskFree(riskFree))
                .seed(seed(seed)).account(new AccountRules(fractional, lev, sameCloseReentry, returns(returns)));
    }

    /** The most starting cash a run takes. */
    public static final double MAX_CAPITAL = 1e12;

    /** Starting cash, positive and at most {@link #MAX_CAPITAL}. */
    public static double capital(String text) {
        double v = number("capital", text);
        if (!(v > 0)) {
            throw new IllegalArgumentException("capital must be positive, got " + text.trim());
        }
        if (v > MAX_CAPITAL) {
            throw new IllegalArgumentException("capital must be at most 1e12, got " + text.trim());
        }
        return v;
    }

    /** {@link #sizing(String, double)} without leverage. */
    public static SizingRule sizing(String text) {
        return sizing(text, 1);
    }

    /**
     * A sizing rule whose fractions (of equity: fixed-fraction, atr-risk; of the starting capital: initial-fraction)
     * are in (0, leverage], whose fixed amount is in (0, 1e12] and whose volatility target is positive. Saved runs
     * are not held to this: it checks what a user asks for now.
     */
    public static SizingRule sizing(String text, double leverage) {
        SizingRule rule = SizingRule.parse(text.trim());
        double fraction = switch (rule) {
            case SizingRule.FixedFraction f -> f.fraction();
            case SizingRule.AtrRisk r -> r.risk();
            case SizingRule.InitialFraction f -> f.fraction();
            default -> 1;
        };
        String of = rule instanceof SizingRule.InitialFraction ? "the starting capital" : "equity";
        if (!(fraction > 0 && fraction <= leverage)) {
            throw new IllegalArgumentException("sizing '" + text.trim() + "': the fraction of " + of + " must be in (0, "
                    + (leverage == 1 ? "1] (there is no leverage)" : leverage + "] (leverage " + leverage + ")")
                    + ", got " + fraction);
        }
        if (rule instanceof SizingRule.FixedAmount a && !(a.amount() > 0 && a.amount() <= MAX_CAPITAL)) {
            throw new IllegalArgumentException("sizing '" + text.trim() + "': the amount must be in (0, 1e12], got "
                    + a.amount());
        }
        if (rule instanceof SizingRule.VolTarget v && !(v.targetVol() > 0)) {
            throw new IllegalArgumentException("sizing '" + text.trim() + "': the volatility target must be positive, got "
                    + v.targetVol());
        }
        return rule;
    }

    /** Gross exposure as a multiple of equity, in [1, {@link #MAX_LEVERAGE}]; 1 is a cash account. */
    public static double leverage(String text) {
        double v = number("leverage", text);
        if (!(v >= 1 && v <= MAX_LEVERAGE)) {
            throw new IllegalArgumentException("leverage must be in [1, 10], got " + text.trim());
        }
        return v;
    }

    /** {@code none} or {@code same-close}: whether a symbol sold at a close may be bought again at it. */
    public static boolean reentry(String text) {
        return switch (text.trim().toLowerCase(java.util.Locale.ROOT)) {
            case "none" -> false;
            case "same-close" -> true;
            default -> throw new IllegalArgumentException("reentry '" + text.trim() + "': expected none or same-close");
        };
    }

    /** {@code total} (cash dividends credited) or {@code price}. */
    public static ReturnMode returns(String text) {
        return ReturnMode.parse(text.trim());
    }

    /** Most open positions, a whole number of at least 1. */
    public static int maxPositions(String text) {
        int n;
        try {
            n = Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("max positions '" + text + "' is not a whole number", e);
        }
        if (n < 1) {
            throw new IllegalArgumentException("max positions must be at least 1, got " + n);
        }
        return n;
    }

    public static FillTiming fill(String text) {
        return BacktestRequestMap.parseFill(text.trim());
    }

    /** {@code bps:X | per-share:X | per-trade:X}, or {@code 0} for none. */
    public static FeeModel commission(String text) {
        String t = text.trim();
        return "0".equals(t) ? FeeModel.none() : FeeModel.parse(t);
    }

    /** {@code bps:X | range:F}, or {@code 0} for none. */
    public static SlippageModel slippage(String text) {
        String t = text.trim();
        return "0".equals(t) ? SlippageModel.none() : SlippageModel.parse(t);
    }

    /** Annual risk-free rate for Sharpe and Sortino, e.g. {@code 0.02}. */
    public static double riskFree(String text) {
        return number("risk-free rate", text);
    }

    /** The seed recorded with the run. */
    public static long seed(String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed '" + text + "' is not a whole number", e);
        }
    }

    /** A {@code YYYY-MM-DD} date named {@code field}; null or blank text is no date. */
    public static LocalDate date(String field, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not a date (expected YYYY-MM-DD)", e);
        }
    }

    private static double number(String field, String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + " '" + text + "' is not a number", e);
        }
    }
}
