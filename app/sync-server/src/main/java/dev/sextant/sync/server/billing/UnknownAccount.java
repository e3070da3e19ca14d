package dev.sextant.sync.server.billing;

/** A Stripe event names a customer or account this server does not have. */
public final class UnknownAccount extends RuntimeException {

    public UnknownAccount(String message) {
        super(message);
    }
}
