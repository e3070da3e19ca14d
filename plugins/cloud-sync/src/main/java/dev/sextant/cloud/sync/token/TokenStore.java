package dev.sextant.cloud.sync.token;

import java.io.IOException;
import java.util.Optional;

/** Where the refresh token lives between runs (the access token is only ever kept in memory). */
public interface TokenStore {

    Optional<String> load() throws IOException;

    void save(String refreshToken) throws IOException;

    /** Removes the token; removing an absent token is not an error. */
    void clear() throws IOException;

    /** Where the token is kept, for the status display (never the token itself). */
    String describe();
}
