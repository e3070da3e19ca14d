package dev.sextant.sync.server.store;

import java.util.Locale;

/**
 * A subscription's status as docs/sync-api.yaml names it. Signals are accepted only while {@code trial} or
 * {@code active}; {@code none} is an account that never subscribed.
 */
public enum PlanStatus {
    NONE, TRIAL, ACTIVE, PAST_DUE, CANCELED, EXPIRED;

    public boolean allowsSignals() {
        return this == TRIAL || this == ACTIVE;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static PlanStatus ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT));
    }

    /** Stripe's subscription status in the API's words: {@code trialing} is {@code trial}; unpaid and incomplete are expired. */
    public static PlanStatus ofStripe(String stripeStatus) {
        return switch (stripeStatus) {
            case "trialing" -> TRIAL;
            case "active" -> ACTIVE;
            case "past_due" -> PAST_DUE;
            case "canceled" -> CANCELED;
            case "unpaid", "incomplete", "incomplete_expired", "paused" -> EXPIRED;
            default -> throw new IllegalArgumentException("unknown Stripe subscription status '" + stripeStatus + "'");
        };
    }
}
