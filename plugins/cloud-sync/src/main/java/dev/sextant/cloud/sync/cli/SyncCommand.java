package dev.sextant.cloud.sync.cli;

import dev.sextant.app.api.JsonOutput;
import dev.sextant.cloud.sync.AccountSummary;
import dev.sextant.cloud.sync.BrowserLauncher;
import dev.sextant.cloud.sync.CloudSync;
import dev.sextant.cloud.sync.client.ApiException;
import dev.sextant.cloud.sync.outbox.SyncOutcome;
import dev.sextant.cloud.sync.outbox.SyncState;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./sextant sync status|push|login|logout|subscribe|billing}. Errors the user can act on
 * (no network, wrong password, no account set up) print one line and exit 1; they are not
 * failures of the plugin.
 */
@Command(name = SyncCommand.NAME, mixinStandardHelpOptions = true,
        description = {"Cloud sync: push saved signals to your hosted account (off until you sign in).",
                "Signals wait in the outbox while the plan is not trial or active; nothing is lost or sent twice."})
public final class SyncCommand implements Callable<Integer> {

    public static final String NAME = "sync";

    private final CloudSync sync;

    @Spec
    CommandSpec spec;

    public SyncCommand(CloudSync sync) {
        this.sync = sync;
    }

    /** What a step did: the exit code, the text for the terminal and the same as JSON ({@code --json}). */
    private record Outcome(int exit, String text, Map<String, Object> document) {
    }

    /** A piece of work that may fail the way talking to the server fails. */
    @FunctionalInterface
    private interface Step {
        Outcome run() throws IOException, ApiException, InterruptedException;
    }

    /** {@code sync --json FILE} is {@code sync status --json FILE}. */
    @Mixin
    JsonOutput json;

    @Override
    public Integer call() {
        return status(json);
    }

    @Command(name = "status", mixinStandardHelpOptions = true,
            description = "User, plan and period end, outbox size, last successful sync and last error.")
    public int status(@Mixin JsonOutput json) {
        return step("status", json, () -> {
            Map<String, String> rows = AccountSummary.rows(sync.status(), ZoneId.systemDefault());
            int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
            StringBuilder text = new StringBuilder();
            rows.forEach((k, v) -> text.append(String.format("%-" + width + "s  %s%n", k, v)));
            return new Outcome(0, text.toString(), new LinkedHashMap<>(rows));
        });
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = "Queues saved signals that are not queued yet and sends what waits; exit 1 unless everything was delivered.")
    public int push(@Mixin JsonOutput json) {
        return step("push", json, () -> {
            SyncOutcome outcome = sync.pushWithin(CloudSync.INTERACTIVE_PATIENCE);
            String state = outcome.state().name().toLowerCase(Locale.ROOT).replace('_', ' ');
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("state", state);
            doc.put("delivered", outcome.delivered());
            doc.put("message", outcome.message());
            return new Outcome(outcome.state() == SyncState.UP_TO_DATE ? 0 : 1, String.format("%s: %d delivered%s%n", state,
                    outcome.delivered(), outcome.message().isEmpty() ? "" : " (" + outcome.message() + ")"), doc);
        });
    }

    @Command(name = "login", mixinStandardHelpOptions = true,
            description = {"Signs in and switches sync on. The password is asked for on the terminal, or read from the first",
                    "line of standard input with --password-stdin; it is never stored."})
    public int login(
            @Mixin Credentials account,
            @Mixin JsonOutput json) {
        return step("login", json, () -> {
            sync.login(account.url, account.email, account.password());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("signed_in", account.email);
            doc.put("url", account.url);
            return new Outcome(0, "signed in as " + account.email + "; new signals are queued for " + account.url
                    + System.lineSeparator(), doc);
        });
    }

    @Command(name = "register", mixinStandardHelpOptions = true,
            description = {"Creates an account on the server, signs in and switches sync on. The password is asked for on",
                    "the terminal, or read from the first line of standard input with --password-stdin; it is never stored."})
    public int register(
            @Mixin Credentials account,
            @Mixin JsonOutput json) {
        return step("register", json, () -> {
            sync.register(account.url, account.email, account.password());
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("registered", account.email);
            doc.put("url", account.url);
            return new Outcome(0, "registered and signed in as " + account.email
                    + "; subscribe with 'sync subscribe', then new signals go to " + account.url + System.lineSeparator(), doc);
        });
    }

    @Command(name = "logout", mixinStandardHelpOptions = true,
            description = "Switches sync off and wipes the tokens on this machine (queued signals stay queued).")
    public int logout(@Mixin JsonOutput json) {
        return step("logout", json, () -> {
            sync.logout();
            return new Outcome(0, "signed out; tokens wiped" + System.lineSeparator(), Map.of("signed_in", false));
        });
    }

    @Command(name = "subscribe", mixinStandardHelpOptions = true, description = "Opens Stripe Checkout to subscribe.")
    public int subscribe(@Mixin JsonOutput json) {
        return step("subscribe", json, () -> openInBrowser(sync.checkoutUrl()));
    }

    @Command(name = "billing", mixinStandardHelpOptions = true, description = "Opens the Stripe customer portal to manage billing.")
    public int billing(@Mixin JsonOutput json) {
        return step("billing", json, () -> openInBrowser(sync.portalUrl()));
    }

    private static Outcome openInBrowser(String url) throws IOException {
        boolean opened = BrowserLauncher.open(url);
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("url", url);
        doc.put("opened_in_browser", opened);
        return new Outcome(0, (opened ? "opened in the browser: " : "open this address in a browser: ") + url
                + System.lineSeparator(), doc);
    }

    private int step(String name, JsonOutput json, Step step) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            Outcome outcome = step.run();
            if (!json.toStdout()) {
                out.print(outcome.text());
            }
            json.write(outcome.document(), out);
            out.flush();
            return outcome.exit();
        } catch (IOException | ApiException | IllegalArgumentException e) {
            PrintWriter err = spec.commandLine().getErr();
            err.println("sextant: sync " + name + ": " + e.getMessage());
            err.flush();
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            spec.commandLine().getErr().println("sextant: sync " + spec.name() + ": interrupted");
            return 1;
        }
    }

    /** The account options of {@code login} and {@code register}; the password is never an option, so never in history. */
    static final class Credentials {
        @Option(names = "--url", required = true, paramLabel = "URL",
                description = "Base URL of the account API (https, or http on a loopback address).")
        String url;

        @Option(names = "--email", required = true, paramLabel = "EMAIL")
        String email;

        @Option(names = "--password-stdin", description = "Read the password from standard input.")
        boolean passwordStdin;

        /** From the first line of standard input with --password-stdin, else asked for on the terminal. */
        String password() throws IOException {
            return passwordStdin ? firstLineOfStdin() : askPassword();
        }

        private static String firstLineOfStdin() throws IOException {
            String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
            if (line == null || line.isEmpty()) {
                throw new IOException("--password-stdin: standard input is empty");
            }
            return line;
        }

        private static String askPassword() throws IOException {
            Console console = System.console();
            if (console == null) {
                throw new IOException("no terminal to ask for the password: pipe it in with --password-stdin");
            }
            char[] password = console.readPassword("Password: ");
            if (password == null || password.length == 0) {
                throw new IOException("no password given");
            }
            return new String(password);
        }
    }
}
