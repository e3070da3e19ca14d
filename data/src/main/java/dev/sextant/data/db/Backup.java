package dev.sextant.data.db;

import java.nio.file.Path;
import java.time.LocalDateTime;

/** One backup file: an H2 {@code BACKUP TO} zip holding {@code sextant.mv.db}. */
public record Backup(Path file, LocalDateTime made, BackupKind kind) {
}
