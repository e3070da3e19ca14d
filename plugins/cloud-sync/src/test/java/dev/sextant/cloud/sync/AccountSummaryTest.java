package dev.sextant.cloud.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.cloud.sync.client.Subscription;
import dev.sextant.cloud.sync.client.SubscriptionStatus;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AccountSummaryTest {

    @Test
    void aLapsedPlanSaysWhySignalsWaitAndShowsTheOutboxAndLastSync() {
        SyncStatus status = new SyncStatus(true, "ada@example.com", "https://api.sextant.example/",
                Optional.of(new Subscription(SubscriptionStatus.PAST_DUE, "pro", Optional.of(Instant.parse("2024-07-01T12:00:00Z")))),
                "", 17, 230, Optional.of(Instant.parse("2024-06-03T08:30:00Z")), "waiting_for_subscription",
                "2024-06-03T09:00:00Z subscription is past_due", "file /home/ada/.sextant/cloud-sync/refresh-token (rw-------)");

        var rows = AccountSummary.rows(status, ZoneOffset.UTC);

        assertThat(rows.keySet()).containsExactly("User", "Server", "Plan", "Period ends", "Outbox", "Last successful sync", "State",
                "Last error", "Refresh token kept in");
        assertThat(rows.get("Plan")).isEqualTo("past_due - signals wait until the plan is trial or active");
        assertThat(rows.get("Period ends")).isEqualTo("2024-07-01 12:00");
        assertThat(rows.get("Outbox")).isEqualTo("17 waiting, 230 delivered");
        assertThat(rows.get("Last successful sync")).isEqualTo("2024-06-03 08:30");
    }

    @Test
    void withoutASignInThePlanIsUnknownAndSaysWhy() {
        SyncStatus status = new SyncStatus(false, "", "", Optional.empty(), "not set up", 0, 0, Optional.empty(), "off", "", "");
        var rows = AccountSummary.rows(status, ZoneOffset.UTC);
        assertThat(rows.get("User")).isEqualTo("(not signed in)");
        assertThat(rows.get("Plan")).isEqualTo("unknown: not set up");
        assertThat(rows.get("Last successful sync")).isEqualTo("never");
    }
}
