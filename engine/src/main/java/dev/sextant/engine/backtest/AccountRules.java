package dev.sextant.engine.backtest;

import java.util.Objects;

/**
 * How the account holds cash and shares, beside the sizing rule.
 *
 * @param fractional whether positions may hold fractional shares (else whole shares, rounded down)
 * @param leverage the most gross exposure as a multiple of equity, at least 1: an entry may spend
 *        up to cash + (leverage − 1) × equity at the signal close, so cash can go negative (no
 *        interest is charged on it); 1 is a cash account
 * @param sameCloseReentry whether a symbol sold at a close may be bought again at that same close
 *        (needs {@link FillTiming#SAME_CLOSE}; without it a symbol is never re-entered on the bar it exits)
 * @param returns whether cash dividends are credited ({@link ReturnMode#TOTAL}) or not
 */
public record AccountRules(boolean fractional, double leverage, boolean sameCloseReentry, ReturnMode returns) {

    /** Whole shares, no leverage, no same-close re-entry, price returns: what runs saved before these rules had. */
    public static final AccountRules CASH_WHOLE_SHARES_PRICE = new AccountRules(false, 1, false, ReturnMode.PRICE);

    public AccountRules {
        Objects.requireNonNull(returns, "returns");
        if (!(leverage >= 1) || Double.isInfinite(leverage)) {
            throw new IllegalArgumentException("leverage must be a finite number >= 1, got " + leverage);
        }
    }

    public AccountRules withReturns(ReturnMode mode) {
        return new AccountRules(fractional, leverage, sameCloseReentry, mode);
    }
}
