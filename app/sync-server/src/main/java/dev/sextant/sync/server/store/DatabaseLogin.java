package dev.sextant.sync.server.store;

import java.util.Optional;

/**
 * A database user and password given apart from the JDBC URL (a deployment injects them from a secret as
 * {@code SYNC_DB_USER} and {@code SYNC_DB_PASSWORD}); empty when the URL carries them or none are needed.
 */
public record DatabaseLogin(Optional<String> user, Optional<String> password) {

    public static final DatabaseLogin FROM_URL = new DatabaseLogin(Optional.empty(), Optional.empty());

    public DatabaseLogin {
        if (password.isPresent() && user.isEmpty()) {
            throw new IllegalArgumentException("SYNC_DB_PASSWORD is set but SYNC_DB_USER is not: set both or neither");
        }
    }
}
