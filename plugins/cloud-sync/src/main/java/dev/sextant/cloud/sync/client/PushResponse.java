package dev.sextant.cloud.sync.client;

import java.util.List;

/** The answer to a batch: the ids the server holds now, and how many of them it held already. */
public record PushResponse(List<String> accepted, int duplicates) {
}
