package dev.sextant.app.cli;

import dev.sextant.app.SextantHome;
import dev.sextant.app.api.JsonOutput;
import dev.sextant.sync.server.ServerSecrets;
import dev.sextant.sync.server.SyncServer;
import dev.sextant.sync.server.billing.SimulatedWebhook;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ./sextant sync-server}: runs the hosted signal service on loopback until stopped (Ctrl-C), with an embedded
 * PostgreSQL kept under {@code <home>/sync-server/} unless {@code --db} names one. {@code simulate-webhook} subscribes
 * an account without Stripe by sending a webhook signed with the server's own secret.
 */
@Command(name = "sync-server", mixinStandardHelpOptions = true, subcommands = SyncServerCommand.SimulateWebhook.class,
        description = {"Runs the hosted signal service (docs/sync-api.yaml) on loopback until stopped with Ctrl-C.",
                "Without --db it keeps an embedded PostgreSQL under <home>/sync-server/; secrets come from the environment",
                "or <home>/sync-server/secrets.properties (generated where missing, mode 0600). See docs/user/sync-server.md."})
final class SyncServerCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "TCP port (0: any free port; default ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--db", paramLabel = "JDBC_URL", description = "A PostgreSQL JDBC URL instead of the embedded database.")
    String db;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default ${DEFAULT-VALUE}); another than loopback needs --behind-tls-proxy.")
    String host;

    @Option(names = "--behind-tls-proxy",
            description = "A TLS-terminating proxy is in front: listen off loopback, answer only requests it forwarded as HTTPS.")
    boolean behindTlsProxy;

    @Mixin
    JsonOutput json;

    @Override
    public Integer call() throws InterruptedException {
        requireServer(spec);
        if (port < 0 || port > 65535) {
            throw new picocli.CommandLine.ParameterException(spec.commandLine(), "--port: 0..65535, got " + port);
        }
        Path folder = folder(spec);
        PrintWriter out = spec.commandLine().getOut();
        SyncServer.serveUntilStopped(SyncServer.Options.of(folder, host, port, Optional.ofNullable(db), behindTlsProxy), url -> {
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("url", url.toString());
            doc.put("folder", folder.toString());
            if (!json.toStdout()) {
                out.println("sync server ready at " + url + " (data and secrets in " + folder + "); Ctrl-C stops it");
            }
            json.write(doc, out);
            out.flush();
        });
        return 0;
    }

    /** The server is an optional part of the CLI: the desktop installer leaves it out (ADR 0017). */
    static void requireServer(CommandSpec spec) {
        try {
            Class.forName("dev.sextant.sync.server.SyncServer", false, SyncServerCommand.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new UserError("the sync server is not part of this installation (the desktop installer leaves it out); "
                    + "run it from a source checkout with ./sextant sync-server, see docs/user/sync-server.md (" + e.getMessage() + ")");
        }
    }

    static Path folder(CommandSpec spec) {
        return SextantHome.resolve(Root.of(spec).home).resolve("sync-server");
    }

    @Command(name = "simulate-webhook", mixinStandardHelpOptions = true,
            description = {"Sets an account's subscription as Stripe would: sends customer.subscription.updated, signed with",
                    "the running server's webhook secret, to the server of this home (or --url)."})
    static final class SimulateWebhook implements Callable<Integer> {

        @Spec
        CommandSpec spec;

        @Option(names = "--email", required = true, paramLabel = "E", description = "The account's e-mail.")
        String email;

        @Option(names = "--status", required = true, paramLabel = "STATUS",
                description = "active, past_due or canceled (trialing also works).")
        String status;

        @Option(names = "--url", paramLabel = "URL", description = "The server (default: the one running for this home).")
        String url;

        @Mixin
        JsonOutput json;

        @Override
        public Integer call() throws IOException, InterruptedException {
            requireServer(spec);
            Path folder = folder(spec.parent());
            Path secretsFile = folder.resolve(SyncServer.SECRETS_FILE);
            Path urlFile = folder.resolve(SyncServer.URL_FILE);
            if (url == null && !Files.exists(urlFile)) {
                throw new IOException("no sync server runs for this home (" + urlFile + " is missing): start it with "
                        + "'sextant sync-server' or pass --url");
            }
            URI base = URI.create(url != null ? url.endsWith("/") ? url : url + "/" : Files.readString(urlFile).strip());
            String secret = ServerSecrets.load(secretsFile, System.getenv(), false).require(ServerSecrets.WEBHOOK_SECRET, secretsFile);
            SimulatedWebhook hook = SimulatedWebhook.subscription(email, status, secret, Instant.now());
            HttpResponse<String> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build().send(
                    HttpRequest.newBuilder(base.resolve("webhooks/stripe")).timeout(Duration.ofSeconds(10))
                            .header("Content-Type", "application/json").header("Stripe-Signature", hook.signature())
                            .POST(HttpRequest.BodyPublishers.ofString(hook.payload())).build(),
                    HttpResponse.BodyHandlers.ofString());
            PrintWriter out = spec.commandLine().getOut();
            Map<String, Object> doc = new LinkedHashMap<>();
            doc.put("email", email);
            doc.put("status", status);
            doc.put("http_status", answer.statusCode());
            doc.put("answer", answer.body());
            if (answer.statusCode() != 200) {
                spec.commandLine().getErr().println("sextant: sync-server simulate-webhook: the server answered "
                        + answer.statusCode() + ": " + answer.body());
                return 1;
            }
            if (!json.toStdout()) {
                out.println("subscription of " + email + " set to " + status + " (" + answer.body() + ")");
            }
            json.write(doc, out);
            out.flush();
            return 0;
        }
    }
}
