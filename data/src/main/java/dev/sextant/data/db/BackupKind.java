package dev.sextant.data.db;

/** Why a backup was made; part of its file name. */
public enum BackupKind {
    /** the first open of a day */
    DAILY("daily"),
    /** before this build migrated an older schema */
    BEFORE_MIGRATION("before-migration"),
    /** asked for ({@code ./sextant data backup}) */
    MANUAL("manual");

    private final String label;

    BackupKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    static BackupKind ofLabel(String label) {
        for (BackupKind kind : values()) {
            if (kind.label.equals(label)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown backup kind " + label);
    }
}
