package dev.sextant.sync.server.http;

import java.io.IOException;

/** Handles one method and path. Throws {@link ApiError} for any answer other than success. */
@FunctionalInterface
public interface Endpoint {
    void handle(Exchange exchange) throws IOException;
}
