package dev.sextant.sync.server.api;

import dev.sextant.sync.server.auth.AccessTokens;
import dev.sextant.sync.server.http.ApiError;
import dev.sextant.sync.server.http.Exchange;

/** The account of a request's bearer token, or 401 ({@code token_expired} when it expired). */
final class Authenticator {

    private final AccessTokens tokens;

    Authenticator(AccessTokens tokens) {
        this.tokens = tokens;
    }

    long account(Exchange exchange) {
        String header = exchange.header("Authorization").orElse("");
        if (!header.startsWith("Bearer ") || header.length() == 7) {
            throw new ApiError(401, "unauthorized", "sign in first: send Authorization: Bearer <access token>");
        }
        try {
            return tokens.accountOf(header.substring(7));
        } catch (AccessTokens.Refused e) {
            throw new ApiError(401, e.expired() ? "token_expired" : "invalid_token", e.getMessage());
        }
    }
}
