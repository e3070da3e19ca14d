package dev.sextant.data.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The backups of a home ({@code <home>/db/backups/}), named {@code sextant-YYYYMMDD-HHMMSS-<kind>.zip} in local time,
 * so that the names sort by age and say why each was made. A daily backup is first a raw copy of the database file
 * named {@code <backup name>.snapshot} ({@link DailySnapshot}); files being written end in {@code .partial}
 * ({@link PartialFile}). Neither is listed as a backup.
 */
public final class BackupFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("sextant-(\\d{8}-\\d{6})-([a-z-]+?)(-\\d+)?\\.zip");

    /** What a {@link DailySnapshot}'s file name adds to the name of the backup it becomes. */
    static final String SNAPSHOT = ".snapshot";

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        List<Backup> backups = new ArrayList<>();
        for (Path file : files()) {
            named(file).ifPresent(backups::add);
        }
        backups.sort(Comparator.comparing(Backup::made).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return backups;
    }

    /** The backup a file is, by its name: empty when the name is not one of a backup. */
    static Optional<Backup> named(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        return m.matches()
                ? Optional.of(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), BackupKind.ofLabel(m.group(2))))
                : Optional.empty();
    }

    /** The snapshots a killed process left before it compressed them into their backups, oldest first. */
    List<DailySnapshot> snapshots() {
        return files().stream().filter(f -> f.getFileName().toString().endsWith(SNAPSHOT)).sorted()
                .flatMap(f -> named(f.resolveSibling(withoutSuffix(f, SNAPSHOT))).stream()
                        .map(backup -> new DailySnapshot(f, backup)))
                .toList();
    }

    /** Deletes the files a killed process left half-written ({@code .partial}); returns what it deleted. */
    List<Path> deletePartials() {
        List<Path> deleted = new ArrayList<>();
        for (Path file : files()) {
            if (file.getFileName().toString().endsWith(PartialFile.SUFFIX)) {
                delete(file, "the unfinished file ");
                deleted.add(file);
            }
        }
        return deleted;
    }

    public Optional<Backup> latest() {
        return list().stream().findFirst();
    }

    /** Whether a backup of this kind was made on that day. */
    boolean has(BackupKind kind, LocalDate day) {
        return list().stream().anyMatch(b -> b.kind() == kind && b.made().toLocalDate().equals(day));
    }

    /** A file name for a new backup made now; never one that exists. */
    Path newFile(BackupKind kind, LocalDateTime now) {
        String base = "sextant-" + STAMP.format(now) + "-" + kind.label();
        Path file = folder.resolve(base + ".zip");
        for (int n = 2; Files.exists(file) || Files.exists(snapshotOf(file)); n++) {
            file = folder.resolve(base + "-" + n + ".zip");
        }
        return file;
    }

    /** The name of the snapshot that becomes this backup. */
    static Path snapshotOf(Path backup) {
        return backup.resolveSibling(backup.getFileName() + SNAPSHOT);
    }

    /** A name in this folder for a database file set aside by a restore (an H2 file that can still be opened). */
    Path asideFile(LocalDateTime now) {
        String base = "sextant-" + STAMP.format(now) + "-replaced";
        Path file = folder.resolve(base + ".mv.db");
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".mv.db");
        }
        return file;
    }

    /** Deletes the oldest backups of a kind beyond the newest {@code keep}; returns what it deleted. */
    List<Path> prune(BackupKind kind, int keep) {
        List<Path> deleted = new ArrayList<>();
        List<Backup> ofKind = list().stream().filter(b -> b.kind() == kind).toList();
        for (Backup old : ofKind.subList(Math.min(keep, ofKind.size()), ofKind.size())) {
            delete(old.file(), "the old backup ");
            deleted.add(old.file());
        }
        return deleted;
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
    }

    private static String withoutSuffix(Path file, String suffix) {
        String name = file.getFileName().toString();
        return name.substring(0, name.length() - suffix.length());
    }

    private static void delete(Path file, String what) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + what + file + ": " + e.getMessage(), e);
        }
    }
}
