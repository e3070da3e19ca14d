package dev.sextant.sync.server.billing;

/** Billing is not configured (no Stripe key) or Stripe failed: the API answers 503 with this message. */
public final class BillingUnavailable extends RuntimeException {

    public BillingUnavailable(String message, Throwable cause) {
        super(message, cause);
    }

    public BillingUnavailable(String message) {
        super(message);
    }
}
