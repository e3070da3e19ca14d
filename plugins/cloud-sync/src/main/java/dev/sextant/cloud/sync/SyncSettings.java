package dev.sextant.cloud.sync;

/**
 * Names of the settings cloud sync keeps, inside the plugin's namespace (so {@code base-url} is the
 * workstation setting {@code plugin.cloud-sync.base-url}). None holds a secret: tokens never go to
 * settings. Whether sync is on is the signal outbox's queuing switch.
 */
public final class SyncSettings {

    public static final String BASE_URL = "base-url";
    public static final String USER = "user";
    public static final String STATE = "state";
    public static final String LAST_ERROR = "last-error";
    public static final String LAST_SUCCESS = "last-success";

    private SyncSettings() {
    }
}
