package dev.sextant.sync.server.billing;

import dev.sextant.sync.server.store.Account;

/** No Stripe key configured: Checkout and portal are unavailable (subscriptions change only through webhooks). */
public final class NoBilling implements Billing {

    private static final String WHY = "billing is not configured on this server (set STRIPE_API_KEY and STRIPE_PRICE_ID); "
            + "a local server subscribes with 'sextant sync-server simulate-webhook'";

    @Override
    public String checkoutUrl(Account account) {
        throw new BillingUnavailable(WHY);
    }

    @Override
    public String portalUrl(Account account) {
        throw new BillingUnavailable(WHY);
    }
}
