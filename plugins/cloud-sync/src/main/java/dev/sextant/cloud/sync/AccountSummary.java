package dev.sextant.cloud.sync;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rows the Account panel and {@code sync status} show, in order: user, plan status, period
 * end, outbox size, last successful sync, state, last error, token storage. One place, so both
 * front ends say the same thing.
 */
public final class AccountSummary {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private AccountSummary() {
    }

    public static Map<String, String> rows(SyncStatus s, ZoneId zone) {
        Map<String, String> rows = new LinkedHashMap<>();
        rows.put("User", s.user().isEmpty() ? "(not signed in)" : s.user() + (s.signedIn() ? "" : " (signed out)"));
        rows.put("Server", s.baseUrl().isEmpty() ? "(not set)" : s.baseUrl());
        rows.put("Plan", s.subscription().map(x -> x.status().code()
                + (x.status().allowsPush() ? "" : " - signals wait until the plan is trial or active")).orElse("unknown: " + s.subscriptionProblem()));
        rows.put("Period ends", s.subscription().flatMap(x -> x.periodEnd()).map(t -> TIME.format(t.atZone(zone))).orElse("-"));
        rows.put("Outbox", s.outboxSize() + " waiting, " + s.delivered() + " delivered");
        rows.put("Last successful sync", s.lastSuccess().map(t -> TIME.format(t.atZone(zone))).orElse("never"));
        rows.put("State", s.state());
        rows.put("Last error", s.lastError().isEmpty() ? "-" : s.lastError());
        rows.put("Refresh token kept in", s.tokenStorage().isEmpty() ? "-" : s.tokenStorage());
        return rows;
    }
}
