package dev.sextant.sync.server.billing;

import com.stripe.StripeClient;
import com.stripe.exception.StripeException;
import com.stripe.param.CustomerCreateParams;
import com.stripe.param.checkout.SessionCreateParams;
import dev.sextant.sync.server.store.Account;
import dev.sextant.sync.server.store.AccountStore;
import java.util.Optional;

/**
 * Stripe through the official SDK: a Customer per account (kept on the account), Checkout Sessions in subscription
 * mode with a {@value #TRIAL_DAYS}-day trial and a card required, and customer-portal sessions. The API base can point
 * at a stand-in (tests); with a real test key it is Stripe's test mode.
 */
public final class StripeBilling implements Billing {

    public static final long TRIAL_DAYS = 7;

    private final StripeClient stripe;
    private final AccountStore accounts;
    private final String priceId;
    private final String returnUrl;

    public StripeBilling(String apiKey, Optional<String> apiBase, String priceId, String returnUrl, AccountStore accounts) {
        StripeClient.StripeClientBuilder builder = StripeClient.builder().setApiKey(apiKey).setMaxNetworkRetries(2);
        apiBase.ifPresent(builder::setApiBase);
        this.stripe = builder.build();
        this.priceId = priceId;
        this.returnUrl = returnUrl;
        this.accounts = accounts;
    }

    @Override
    public String checkoutUrl(Account account) {
        try {
            String customer = customerOf(account);
            SessionCreateParams params = SessionCreateParams.builder()
                    .setMode(SessionCreateParams.Mode.SUBSCRIPTION)
                    .setCustomer(customer)
                    .setClientReferenceId(Long.toString(account.id()))
                    .addLineItem(SessionCreateParams.LineItem.builder().setPrice(priceId).setQuantity(1L).build())
                    .setSubscriptionData(SessionCreateParams.SubscriptionData.builder().setTrialPeriodDays(TRIAL_DAYS)
                            .putMetadata("account_id", Long.toString(account.id())).build())
                    .setPaymentMethodCollection(SessionCreateParams.PaymentMethodCollection.ALWAYS)
                    .setSuccessUrl(returnUrl + "?checkout=success")
                    .setCancelUrl(returnUrl + "?checkout=canceled")
                    .build();
            return stripe.v1().checkout().sessions().create(params).getUrl();
        } catch (StripeException e) {
            throw new BillingUnavailable("Stripe refused the Checkout session: " + e.getMessage(), e);
        }
    }

    @Override
    public String portalUrl(Account account) {
        String customer = account.stripeCustomer()
                .orElseThrow(() -> new IllegalStateException("this account has not subscribed yet: subscribe first"));
        try {
            return stripe.v1().billingPortal().sessions().create(com.stripe.param.billingportal.SessionCreateParams.builder()
                    .setCustomer(customer).setReturnUrl(returnUrl).build()).getUrl();
        } catch (StripeException e) {
            throw new BillingUnavailable("Stripe refused the portal session: " + e.getMessage(), e);
        }
    }

    private String customerOf(Account account) throws StripeException {
        if (account.stripeCustomer().isPresent()) {
            return account.stripeCustomer().get();
        }
        String id = stripe.v1().customers().create(CustomerCreateParams.builder().setEmail(account.email())
                .putMetadata("account_id", Long.toString(account.id())).build()).getId();
        accounts.setStripeCustomer(account.id(), id);
        return id;
    }
}
