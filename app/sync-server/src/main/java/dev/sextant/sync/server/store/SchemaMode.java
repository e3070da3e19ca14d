package dev.sextant.sync.server.store;

import java.time.Duration;

/**
 * What the server does about the schema when it opens the database: migrate it itself (local mode, one process), or
 * leave migrating to a separate step (a deployment runs {@code SyncServerMain migrate} once per deploy) and wait
 * until that step has brought the schema up to date.
 */
public sealed interface SchemaMode {

    /** Flyway migrates on open. */
    record Migrate() implements SchemaMode {
    }

    /** No migration on open: wait up to {@code timeout} for pending migrations to be applied by someone else. */
    record AwaitMigrated(Duration timeout) implements SchemaMode {
    }
}
