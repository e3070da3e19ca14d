package dev.sextant.sync.server.billing;

import dev.sextant.sync.server.store.Account;

/** Where to send a user's browser to subscribe or to manage billing. */
public interface Billing {

    /** A Checkout page for a subscription with the trial, card required. */
    String checkoutUrl(Account account);

    /** The customer portal; the account must have subscribed before. */
    String portalUrl(Account account);
}
