package dev.sextant.cloud.sync.client;

/** The signed-in user, from /auth/me. */
public record AccountUser(String id, String email, String name) {
}
