package dev.sextant.engine.market;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A split or a cash dividend of one instrument.
 *
 * @param exDate the first trading date on which the action is in effect
 * @param type   split or dividend
 * @param amount for a split the ratio new shares / old shares (a 4-for-1 split is 4.0, a 1-for-10
 *               reverse split 0.1); for a dividend the cash per share as paid on the ex-date, not
 *               adjusted for later splits
 */
public record CorporateAction(LocalDate exDate, Type type, double amount) {

    public enum Type {
        SPLIT("split"), DIVIDEND("dividend");

        private final String code;

        Type(String code) {
            this.code = code;
        }

        /** The code stored in the database and shown to users. */
        public String code() {
            return code;
        }

        public static Type ofCode(String code) {
            for (Type t : values()) {
                if (t.code.equals(code)) {
                    return t;
                }
            }
            throw new IllegalArgumentException("unknown corporate action type '" + code + "'");
        }
    }

    public CorporateAction {
        Objects.requireNonNull(exDate, "exDate");
        Objects.requireNonNull(type, "type");
        if (!(amount > 0) || Double.isInfinite(amount)) {
            throw new IllegalArgumentException(type.code() + " on " + exDate + " has amount " + amount
                    + "; it must be a positive finite number");
        }
    }

    public static CorporateAction split(LocalDate exDate, double ratio) {
        return new CorporateAction(exDate, Type.SPLIT, ratio);
    }

    public static CorporateAction dividend(LocalDate exDate, double cashPerShare) {
        return new CorporateAction(exDate, Type.DIVIDEND, cashPerShare);
    }

    public boolean isSplit() {
        return type == Type.SPLIT;
    }

    /** The product of the split ratios in {@code actions} with an ex-date after {@code date} (1 when none). */
    public static double splitsAfter(LocalDate date, java.util.List<CorporateAction> actions) {
        return actions.stream().filter(a -> a.isSplit() && a.exDate().isAfter(date))
                .mapToDouble(CorporateAction::amount).reduce(1, (a, b) -> a * b);
    }

    /**
     * A dividend's cash per share of today, after the later splits in {@code actions}: what one share of a
     * split-adjusted series receives (the amount divided by {@link #splitsAfter}). NaN for a split.
     */
    public double perShareToday(java.util.List<CorporateAction> actions) {
        return isSplit() ? Double.NaN : amount / splitsAfter(exDate, actions);
    }
}
