package dev.sextant.sync.server;

import dev.sextant.sync.server.store.DatabaseLogin;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * The server's secrets and settings: from the environment first, then from a properties file (mode 0600). In local
 * mode a missing JWT key or webhook secret is generated and kept in that file; otherwise a missing one is an error
 * naming the variable.
 */
public final class ServerSecrets {

    public static final String JWT_SECRET = "SYNC_JWT_SECRET";
    public static final String WEBHOOK_SECRET = "STRIPE_WEBHOOK_SECRET";
    public static final String STRIPE_API_KEY = "STRIPE_API_KEY";
    public static final String STRIPE_PRICE_ID = "STRIPE_PRICE_ID";
    public static final String STRIPE_API_BASE = "STRIPE_API_BASE";
    public static final String DB_USER = "SYNC_DB_USER";
    public static final String DB_PASSWORD = "SYNC_DB_PASSWORD";
    /** The URL clients and Stripe reach the server at, when a proxy is in front (e.g. the API Gateway's URL). */
    public static final String PUBLIC_URL = "SYNC_PUBLIC_URL";

    private final Map<String, String> env;
    private final Properties file;

    private ServerSecrets(Map<String, String> env, Properties file) {
        this.env = env;
        this.file = file;
    }

    /** Only the environment, no file: for commands that keep no folder (the deploy's {@code migrate}). */
    public static ServerSecrets fromEnvironment(Map<String, String> env) {
        return new ServerSecrets(env, new Properties());
    }

    /** Reads {@code path} (if it exists) under {@code env}; in local mode generates and keeps what is missing. */
    public static ServerSecrets load(Path path, Map<String, String> env, boolean local) {
        Properties props = new Properties();
        try {
            if (Files.exists(path)) {
                try (Reader r = Files.newBufferedReader(path)) {
                    props.load(r);
                }
            }
            ServerSecrets secrets = new ServerSecrets(env, props);
            if (local && (secrets.get(JWT_SECRET).isEmpty() || secrets.get(WEBHOOK_SECRET).isEmpty())) {
                SecureRandom random = new SecureRandom();
                if (secrets.get(JWT_SECRET).isEmpty()) {
                    props.setProperty(JWT_SECRET, Base64.getEncoder().encodeToString(bytes(random, 48)));
                }
                if (secrets.get(WEBHOOK_SECRET).isEmpty()) {
                    props.setProperty(WEBHOOK_SECRET, "whsec_" + HexFormat.of().formatHex(bytes(random, 32)));
                }
                write(path, props);
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the sync server's secrets " + path + ": " + e.getMessage(), e);
        }
    }

    public Optional<String> get(String name) {
        String v = env.get(name);
        if (v == null || v.isBlank()) {
            v = file.getProperty(name);
        }
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(v.strip());
    }

    /** The database login given apart from the JDBC URL, if any. */
    public DatabaseLogin databaseLogin() {
        return new DatabaseLogin(get(DB_USER), get(DB_PASSWORD));
    }

    public String require(String name, Path file) {
        return get(name).orElseThrow(() -> new IllegalArgumentException(name + " is not set: set the environment variable or put "
                + name + "=... into " + file));
    }

    private static byte[] bytes(SecureRandom random, int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static void write(Path path, Properties props) throws IOException {
        Files.createDirectories(path.getParent());
        if (!Files.exists(path)) {
            Files.createFile(path, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        }
        Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rw-------"));
        try (Writer w = Files.newBufferedWriter(path)) {
            props.store(w, "Sextant sync server secrets (generated where missing; keep this file private)");
        }
    }
}
