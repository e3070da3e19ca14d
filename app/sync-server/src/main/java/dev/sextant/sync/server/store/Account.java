package dev.sextant.sync.server.store;

import java.util.Optional;

/** One account: its id, e-mail (lower case), password hash, and Stripe customer once it has one. */
public record Account(long id, String email, String passwordHash, Optional<String> stripeCustomer) {
}
