package dev.sextant.cloud.sync;

import dev.sextant.data.outbox.SignalOutboxWriter;

/** Names of the settings cloud sync keeps (none holds a secret; tokens never go to settings). */
public final class SyncSettings {

    public static final String BASE_URL = "sync.base-url";
    public static final String USER = "sync.user";
    public static final String ENABLED = SignalOutboxWriter.ENABLED_SETTING;
    public static final String STATE = "sync.state";
    public static final String LAST_ERROR = "sync.last-error";
    public static final String LAST_SUCCESS = "sync.last-success";

    private SyncSettings() {
    }
}
