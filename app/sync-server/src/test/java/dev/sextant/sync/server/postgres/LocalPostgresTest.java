package dev.sextant.sync.server.postgres;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded PostgreSQL really starts here, also as root (this machine and CI run as root), and keeps its data. */
class LocalPostgresTest {

    @TempDir
    Path dir;

    @Test
    void startsARealPostgresqlThatKeepsItsDataAcrossRestarts() throws Exception {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Path folder = dir.resolve("pg");
        try (LocalPostgres pg = LocalPostgres.start(folder, true);
                Connection c = DriverManager.getConnection(pg.jdbcUrl())) {
            ResultSet rs = c.createStatement().executeQuery("select version()");
            rs.next();
            assertThat(rs.getString(1)).startsWith("PostgreSQL 17.5");
            c.createStatement().execute("create table kept(n int); insert into kept values (42)");
        }
        try (LocalPostgres pg = LocalPostgres.start(folder, true);
                Connection c = DriverManager.getConnection(pg.jdbcUrl())) {
            ResultSet rs = c.createStatement().executeQuery("select n from kept");
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
    }

    /**
     * The fallback for a root process where user namespaces are not allowed: the wrappers run initdb as nobody,
     * so the cluster's files belong to uid 65534. Run here directly (zonky takes the namespace path on this machine).
     */
    @Test
    void theSetprivWrappersRunInitdbAsNobody() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(LocalPostgres.runningAsRoot(), "setpriv needs root; as another user PostgreSQL runs as that user");
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Path installation = PostgresBinaries.unpack(Files.createDirectories(dir.resolve("binaries")));
        Path wrappers = Files.createDirectories(dir.resolve("wrappers"));
        try (var tar = new org.apache.commons.compress.archivers.tar.TarArchiveInputStream(new org.tukaani.xz.XZInputStream(
                new UnprivilegedBinaryResolver(installation, 65534, 65534).getPgBinary("Linux", "x86_64")))) {
            for (var e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                Path out = wrappers.resolve(e.getName());
                Files.createDirectories(out.getParent());
                Files.copy(tar, out);
                Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        Path data = dir.resolve("data");
        Files.createDirectories(data);
        Files.setAttribute(data, "unix:uid", 65534);
        Process initdb = new ProcessBuilder(wrappers.resolve("bin/initdb").toString(), "-A", "trust", "-U", "postgres", "-D",
                data.toString(), "-E", "UTF-8").redirectErrorStream(true).start();
        String output = new String(initdb.getInputStream().readAllBytes());
        assertThat(initdb.waitFor()).as(output).isZero();
        assertThat(Files.getAttribute(data.resolve("PG_VERSION"), "unix:uid")).as("initdb ran as nobody").isEqualTo(65534);
        assertThat(Files.readString(data.resolve("PG_VERSION")).strip()).isEqualTo("17");
    }

    @Test
    void aFolderAnotherUserCannotReachIsRefusedNamingIt() throws Exception {
        Path closed = Files.createDirectories(dir.resolve("closed"));
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx--x--x"));
        Files.setPosixFilePermissions(closed, PosixFilePermissions.fromString("rwx------"));
        Path pg = Files.createDirectories(closed.resolve("pg"));
        assertThatThrownBy(() -> LocalPostgres.requireTraversable(pg))
                .hasMessageContaining(closed.toString()).hasMessageContaining("chmod o+x");
    }
}
