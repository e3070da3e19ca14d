package dev.sextant.cloud.sync.it;

import dev.sextant.cloud.sync.CloudSync;
import dev.sextant.cloud.sync.DatabaseSettings;
import dev.sextant.cloud.sync.SyncOptions;
import dev.sextant.cloud.sync.outbox.Backoff;
import dev.sextant.cloud.sync.outbox.Pause;
import dev.sextant.cloud.sync.outbox.SyncOutcome;
import dev.sextant.cloud.sync.token.FileTokenStore;
import dev.sextant.data.db.Database;
import dev.sextant.data.outbox.JooqSyncOutbox;
import dev.sextant.data.settings.SettingsRepository;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Random;

/**
 * The client process of the fault test: opens a home, pushes until the outbox is empty, and exits
 * 0. While the subscription does not allow pushing it asks again every 100 ms. Exit 3 on a state
 * that needs the user (the test fails then). The test kills it with SIGKILL mid-batch and starts it again.
 */
public final class SyncWorker {

    /** Tuned for a test on loopback: small batches, short backoff, a read timeout the SLOW fault exceeds. */
    static final SyncOptions OPTIONS = new SyncOptions(20, new Backoff(Duration.ofMillis(20), Duration.ofMillis(400), new Random(7)),
            10_000, Duration.ofSeconds(2), Duration.ofMillis(600));

    /** The same for a sign-in or registration, which waits for bcrypt on the server. */
    static final SyncOptions OPTIONS_FOR_BCRYPT = new SyncOptions(20, new Backoff(Duration.ofMillis(20), Duration.ofMillis(400),
            new Random(7)), 10_000, Duration.ofSeconds(2), Duration.ofSeconds(10));

    private SyncWorker() {
    }

    public static void main(String[] args) throws Exception {
        Path home = Path.of(args[0]);
        Path tokenFile = Path.of(args[1]);
        try (Database db = Database.open(home)) {
            CloudSync sync = new CloudSync(new DatabaseSettings(new SettingsRepository(db.dsl())), new JooqSyncOutbox(db.dsl()),
                    base -> new FileTokenStore(tokenFile), OPTIONS, Pause.SLEEP, Clock.systemUTC());
            while (true) {
                SyncOutcome outcome = sync.push();
                System.out.println("worker: " + outcome);
                switch (outcome.state()) {
                    case UP_TO_DATE -> {
                        return;
                    }
                    case WAITING_FOR_SUBSCRIPTION -> Thread.sleep(100);
                    case RETRYING -> {
                        // keep going: the plan's faults end
                    }
                    default -> System.exit(3);
                }
            }
        }
    }
}
