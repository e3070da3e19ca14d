package dev.sextant.cloud.sync.client;

import java.util.List;
import tools.jackson.databind.JsonNode;

/** One page of GET /v1/signals: the stored signals and the cursor for the next page. */
public record SignalPage(List<JsonNode> signals, long nextSince) {
}
