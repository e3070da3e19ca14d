package dev.sextant.sync.server.store;

import static dev.sextant.sync.server.store.Schema.ACCOUNT;
import static dev.sextant.sync.server.store.Schema.ACCOUNT_EMAIL;
import static dev.sextant.sync.server.store.Schema.ACCOUNT_ID;
import static dev.sextant.sync.server.store.Schema.ACCOUNT_PASSWORD_HASH;
import static dev.sextant.sync.server.store.Schema.ACCOUNT_STRIPE_CUSTOMER;

import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Accounts by id, e-mail or Stripe customer. */
public final class AccountStore {

    private final DSLContext dsl;

    public AccountStore(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Creates the account; empty when the e-mail is taken. */
    public Optional<Account> create(String email, String passwordHash) {
        return dsl.insertInto(ACCOUNT).columns(ACCOUNT_EMAIL, ACCOUNT_PASSWORD_HASH).values(email, passwordHash)
                .onConflictDoNothing().returningResult(ACCOUNT_ID).fetchOptional()
                .map(r -> new Account(r.value1(), email, passwordHash, Optional.empty()));
    }

    public Optional<Account> byEmail(String email) {
        return find(ACCOUNT_EMAIL.eq(email));
    }

    public Optional<Account> byId(long id) {
        return find(ACCOUNT_ID.eq(id));
    }

    public Optional<Account> byStripeCustomer(String customer) {
        return find(ACCOUNT_STRIPE_CUSTOMER.eq(customer));
    }

    public void setStripeCustomer(long accountId, String customer) {
        setStripeCustomer(dsl, accountId, customer);
    }

    public void setStripeCustomer(DSLContext tx, long accountId, String customer) {
        tx.update(ACCOUNT).set(ACCOUNT_STRIPE_CUSTOMER, customer).where(ACCOUNT_ID.eq(accountId)).execute();
    }

    private Optional<Account> find(Condition condition) {
        return dsl.select(ACCOUNT_ID, ACCOUNT_EMAIL, ACCOUNT_PASSWORD_HASH, ACCOUNT_STRIPE_CUSTOMER).from(ACCOUNT)
                .where(condition).fetchOptional().map(AccountStore::account);
    }

    private static Account account(Record r) {
        return new Account(r.get(ACCOUNT_ID), r.get(ACCOUNT_EMAIL), r.get(ACCOUNT_PASSWORD_HASH),
                Optional.ofNullable(r.get(ACCOUNT_STRIPE_CUSTOMER)));
    }
}
