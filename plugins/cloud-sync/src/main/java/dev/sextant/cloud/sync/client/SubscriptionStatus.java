package dev.sextant.cloud.sync.client;

import java.util.Locale;

/**
 * Subscription states of the account API; signals are pushed only while {@code trial} or {@code active}.
 * {@code none}: the account never subscribed.
 */
public enum SubscriptionStatus {
    NONE, TRIAL, ACTIVE, PAST_DUE, CANCELED, EXPIRED;

    public boolean allowsPush() {
        return this == TRIAL || this == ACTIVE;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static SubscriptionStatus ofCode(String code) {
        for (SubscriptionStatus s : values()) {
            if (s.code().equals(code)) {
                return s;
            }
        }
        throw new IllegalArgumentException("unknown subscription status '" + code + "'");
    }
}
