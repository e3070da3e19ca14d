package dev.sextant.sync.server.postgres;

import com.sun.security.auth.module.UnixSystem;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Set;

/**
 * A real PostgreSQL (zonky's embedded binaries) whose cluster lives in one folder: {@code <folder>/data} for the
 * cluster, {@code <folder>/binaries} for the unpacked programs. PostgreSQL refuses to run as root (ADR 0017). When
 * this process is root, zonky runs the binaries in a new user namespace ({@code unshare -U}) where the kernel allows
 * it; where it does not, PostgreSQL runs as {@code nobody} (uid 65534) through {@link UnprivilegedBinaryResolver}:
 * the data folder then belongs to that uid, and every folder above it must let others pass (search permission),
 * which is checked first with a clear message.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The uid and gid PostgreSQL runs as when this process is root: {@code nobody}/{@code nogroup}. */
    static final int UNPRIVILEGED = 65534;

    private final EmbeddedPostgres postgres;

    private LocalPostgres(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /**
     * Starts PostgreSQL on a free loopback port. A {@code persistent} cluster is kept (and reused on the next start);
     * otherwise it is deleted on close.
     */
    public static LocalPostgres start(Path folder, boolean persistent) {
        try {
            Path root = Files.createDirectories(folder.toAbsolutePath());
            Path data = root.resolve("data");
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(data)
                    .setCleanDataDirectory(!persistent)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    // zonky turns it off for speed; an answered batch must survive a machine crash
                    .setServerConfig("synchronous_commit", "on")
                    .setServerConfig("unix_socket_directories", "")
                    .setOverrideWorkingDirectory(root.resolve("binaries").toFile());
            if (runningAsRoot() && !LinuxUtils.isUnshareAvailable()) {
                requireTraversable(root);
                Path binaries = PostgresBinaries.unpack(Files.createDirectories(root.resolve("binaries")));
                prepareDataFolder(data);
                builder.setPgBinaryResolver(new UnprivilegedBinaryResolver(binaries, UNPRIVILEGED, UNPRIVILEGED));
            }
            removeStalePid(data);
            return new LocalPostgres(builder.start());
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("cannot start the embedded PostgreSQL in " + folder + ": " + describe(e), e);
        }
    }

    /** A JDBC URL for the {@code postgres} database as the {@code postgres} superuser (trust on loopback). */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot stop the embedded PostgreSQL", e);
        }
    }

    static boolean runningAsRoot() {
        return new UnixSystem().getUid() == 0;
    }

    /** Every folder from {@code /} down to {@code folder} must let another user pass, or PostgreSQL cannot reach its data. */
    static void requireTraversable(Path folder) throws IOException {
        for (Path p = folder; p != null; p = p.getParent()) {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
            if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                throw new IOException("this process is root, so PostgreSQL runs as user nobody (uid " + UNPRIVILEGED
                        + "), which cannot pass through " + p + " (mode " + PosixFilePermissions.toString(perms)
                        + "): give it search permission (chmod o+x " + p + "), choose a home elsewhere, or pass --db JDBC_URL");
            }
        }
    }

    /** The data folder belongs to the unprivileged uid, mode 0700, as initdb and postgres require. */
    private static void prepareDataFolder(Path data) throws IOException {
        Files.createDirectories(data);
        Files.setAttribute(data, "unix:uid", UNPRIVILEGED);
        Files.setAttribute(data, "unix:gid", UNPRIVILEGED);
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
    }

    /** A pid file left by a killed run whose postmaster is gone would stop pg_ctl from starting. */
    private static void removeStalePid(Path data) throws IOException {
        Path pid = data.resolve("postmaster.pid");
        if (!Files.exists(pid)) {
            return;
        }
        String first = Files.readAllLines(pid).stream().findFirst().orElse("").strip();
        boolean alive = first.matches("\\d+") && ProcessHandle.of(Long.parseLong(first)).map(ProcessHandle::isAlive).orElse(false);
        if (alive) {
            throw new IOException("PostgreSQL (pid " + first + ") still runs on " + data + ": stop the other sync server first");
        }
        Files.delete(pid);
    }

    private static String describe(Throwable e) {
        StringBuilder s = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
            s.append(": ").append(c.getMessage());
        }
        return s.toString();
    }
}
