package dev.sextant.sync.server;

import java.nio.file.Path;
import java.util.Optional;

/**
 * The server as a process of its own, for deployments and for tests that start it as a child process:
 * {@code java -cp … dev.sextant.sync.server.SyncServerMain --folder DIR [--host H] [--port N] [--db JDBC_URL]
 * [--behind-tls-proxy]}. Prints
 * {@code sync server ready at URL} once it answers, and stops cleanly on SIGTERM. (Users run
 * {@code ./sextant sync-server}, which does the same with the folder under the home.)
 */
public final class SyncServerMain {

    private SyncServerMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path folder = null;
        String host = "127.0.0.1";
        boolean behindTlsProxy = false;
        int port = 8080;
        Optional<String> db = Optional.empty();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--behind-tls-proxy")) {
                behindTlsProxy = true;
                continue;
            }
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--host" -> host = required(args[i], value);
                case "--folder" -> folder = Path.of(required(args[i], value));
                case "--port" -> port = port(required(args[i], value));
                case "--db" -> db = Optional.of(required(args[i], value));
                default -> fail("unknown argument '" + args[i] + "'; usage: --folder DIR [--host H] [--port N] [--db JDBC_URL] [--behind-tls-proxy]");
            }
            i++;
        }
        if (folder == null) {
            fail("--folder DIR is required");
        }
        SyncServer.serveUntilStopped(SyncServer.Options.of(folder, host, port, db, behindTlsProxy), url -> {
            System.out.println("sync server ready at " + url);
            System.out.flush();
        });
    }

    private static String required(String option, String value) {
        if (value == null) {
            fail(option + " needs a value");
        }
        return value;
    }

    private static int port(String value) {
        if (!value.matches("\\d{1,5}") || Integer.parseInt(value) > 65535) {
            fail("--port: 0..65535, got '" + value + "'");
        }
        return Integer.parseInt(value);
    }

    private static void fail(String message) {
        System.err.println("sync-server: " + message);
        System.exit(2);
    }
}
