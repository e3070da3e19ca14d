package dev.sextant.data.db;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link StoreDoctor} found, in plain words.
 *
 * @param verdict   healthy, damaged, or no database yet
 * @param reason    why it is damaged (empty when it is not)
 * @param tableRows rows per table, when the data could be read
 * @param pendingMigrations migrations this build will run on the next open (after a backup)
 */
public record DoctorReport(Path file, Verdict verdict, Optional<String> reason, long sizeBytes,
                           Map<String, Long> tableRows, int pendingMigrations, List<Backup> backups,
                           Path backupFolder) {

    public enum Verdict { HEALTHY, DAMAGED, NO_DATABASE }

    public Optional<Backup> latestBackup() {
        return backups.stream().findFirst();
    }

    /** The report as lines for a terminal, with what to do when the store is damaged. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add("Database file: " + file + (verdict == Verdict.NO_DATABASE ? "" : " (" + sizeBytes + " bytes)"));
        switch (verdict) {
            case NO_DATABASE -> lines.add("There is no database yet; the first start creates it.");
            case HEALTHY -> {
                lines.add("Healthy: it opens, its schema matches this version of Sextant, and every row could be read.");
                if (pendingMigrations > 0) {
                    lines.add("It was written by an older version: " + pendingMigrations + " schema migration(s) run"
                            + " on the next start, after a backup.");
                }
                long rows = tableRows.values().stream().mapToLong(Long::longValue).sum();
                lines.add("Contents: " + tableRows.size() + " tables, " + rows + " rows"
                        + (rows == 0 ? "." : " (" + nonEmpty() + ")."));
            }
            case DAMAGED -> {
                lines.add("Damaged: " + reason.orElse("unknown reason") + ".");
                lines.add("The file was not changed.");
            }
        }
        lines.add(backups.isEmpty() ? "Backups: none in " + backupFolder + "."
                : "Backups: " + backups.size() + " in " + backupFolder + "; the latest is "
                + latestBackup().orElseThrow().file().getFileName() + " (made " + latestBackup().orElseThrow().made()
                + ", " + latestBackup().orElseThrow().kind().label() + ").");
        if (verdict == Verdict.DAMAGED) {
            lines.add("What you can do:");
            latestBackup().ifPresent(b -> lines.add("  ./sextant data restore               puts back " + b.file().getFileName()
                    + "; the damaged file is moved into " + backupFolder + ", not deleted"));
            lines.add("  ./sextant data doctor --export DIR   copies what H2 can still read into a new data directory DIR"
                    + " (then look at it with ./sextant --home DIR data list)");
        }
        return lines;
    }

    private String nonEmpty() {
        return String.join(", ", tableRows.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> e.getKey() + " " + e.getValue()).toList());
    }
}
