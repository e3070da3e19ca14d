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
 * so that the names sort by age and say why each was made.
 */
public final class BackupFolder {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final Pattern NAME = Pattern.compile("sextant-(\\d{8}-\\d{6})-([a-z-]+?)(-\\d+)?\\.zip");

    private final Path folder;

    public BackupFolder(Path folder) {
        this.folder = folder;
    }

    public Path path() {
        return folder;
    }

    /** The backups, newest first. */
    public List<Backup> list() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        List<Backup> backups = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Matcher m = NAME.matcher(file.getFileName().toString());
                if (m.matches()) {
                    backups.add(new Backup(file, LocalDateTime.parse(m.group(1), STAMP), BackupKind.ofLabel(m.group(2))));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the backups in " + folder + ": " + e.getMessage(), e);
        }
        backups.sort(Comparator.comparing(Backup::made).thenComparing(b -> b.file().getFileName().toString()).reversed());
        return backups;
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
        for (int n = 2; Files.exists(file); n++) {
            file = folder.resolve(base + "-" + n + ".zip");
        }
        return file;
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
            try {
                Files.delete(old.file());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot delete the old backup " + old.file() + ": " + e.getMessage(), e);
            }
            deleted.add(old.file());
        }
        return deleted;
    }
}
