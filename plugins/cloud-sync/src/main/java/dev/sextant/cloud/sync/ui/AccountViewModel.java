package dev.sextant.cloud.sync.ui;

import dev.sextant.app.api.TaskRunner;
import dev.sextant.cloud.sync.AccountSummary;
import dev.sextant.cloud.sync.CloudSync;
import dev.sextant.cloud.sync.SyncStatus;
import dev.sextant.cloud.sync.client.BaseUrl;
import dev.sextant.cloud.sync.outbox.SyncOutcome;
import java.time.ZoneId;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Account panel's state and commands: the account summary rows (the ones {@code sync status}
 * prints), sign in and out, push now, and the Subscribe / Manage billing URLs. Everything that
 * talks to the server runs as a background job; the message says what happened or why not.
 */
public final class AccountViewModel {

    /** Opens a URL in the browser; false when there is none (the message then shows the URL). */
    @FunctionalInterface
    public interface Browser {
        boolean open(String url) throws Exception;
    }

    /** One row of the summary. */
    public record Row(String label, String value) {
    }

    private final CloudSync sync;
    private final TaskRunner tasks;
    private final Browser browser;
    private final ZoneId zone;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final BooleanProperty signedIn = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public AccountViewModel(CloudSync sync, TaskRunner tasks, Browser browser, ZoneId zone) {
        this.sync = sync;
        this.tasks = tasks;
        this.browser = browser;
        this.zone = zone;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    public ReadOnlyStringProperty message() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty signedIn() {
        return signedIn;
    }

    public ReadOnlyBooleanProperty busy() {
        return busy;
    }

    /** Reads the status again (asks the server for the plan when signed in). */
    public void refresh() {
        run("Account status", () -> null, "");
    }

    /** The problem with the sign-in form's {@code url}, or empty when it is usable. */
    public static String checkUrl(String url) {
        try {
            BaseUrl.parse(url.trim());
            return "";
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
    }

    public static String checkEmail(String email) {
        return email.trim().matches("[^@\\s]+@[^@\\s]+") ? "" : "an e-mail address like you@example.com";
    }

    public void signIn(String url, String email, String password) {
        run("Sign in to cloud sync", () -> {
            sync.login(url.trim(), email.trim(), password);
            return null;
        }, "Signed in as " + email.trim() + ": new signals are queued and sent in the background.");
    }

    public void signOut() {
        run("Sign out of cloud sync", () -> {
            sync.logout();
            return null;
        }, "Signed out: tokens wiped on this machine; queued signals stay queued.");
    }

    public void pushNow() {
        run("Push signals", () -> {
            SyncOutcome o = sync.push();
            return o.delivered() + " delivered, " + o.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                    + (o.message().isEmpty() ? "" : ": " + o.message());
        }, null);
    }

    public void subscribe() {
        openUrl("Open Stripe Checkout", sync::checkoutUrl);
    }

    public void manageBilling() {
        openUrl("Open the billing portal", sync::portalUrl);
    }

    @FunctionalInterface
    private interface Call {
        String run() throws Exception;
    }

    private void openUrl(String title, Call url) {
        run(title, () -> {
            String u = url.run();
            return browser.open(u) ? "Opened in the browser: " + u : "Open this address in a browser: " + u;
        }, null);
    }

    /** Runs {@code call} and then reads the status; the message is {@code done}, or what the call returned. */
    private void run(String title, Call call, String done) {
        busy.set(true);
        tasks.submit(title, (progress, cancel) -> {
            String said = call.run();
            return new Outcome(said, sync.status());
        }, outcome -> {
            show(outcome.status());
            if (done == null || !done.isEmpty()) {
                message.set(done == null ? outcome.said() : done);
            }
            busy.set(false);
        }, failure -> {
            message.set(title + " failed: " + failure.getMessage());
            busy.set(false);
        });
    }

    private record Outcome(String said, SyncStatus status) {
    }

    private void show(SyncStatus status) {
        signedIn.set(status.signedIn());
        Map<String, String> summary = AccountSummary.rows(status, zone);
        rows.setAll(summary.entrySet().stream().map(e -> new Row(e.getKey(), e.getValue())).toList());
    }
}
