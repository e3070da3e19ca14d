package dev.sextant.cloud.sync.client;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The authenticated endpoints of docs/sync-api.yaml; access tokens are added and refreshed by the session. */
public final class SyncApiClient {

    private final BaseUrl base;
    private final JsonCalls calls;

    public SyncApiClient(BaseUrl base, OkHttpClient http, Session session, Clock clock) {
        this.base = base;
        this.calls = new JsonCalls(http.newBuilder().addInterceptor(new BearerTokenInterceptor(session)).build(), clock);
    }

    public AccountUser me() throws IOException, ApiException {
        JsonNode doc = calls.call(get("auth/me"));
        return new AccountUser(doc.path("id").asString(""), doc.path("email").asString(""), doc.path("name").asString(""));
    }

    public Subscription subscription() throws IOException, ApiException {
        JsonNode doc = calls.call(get("billing/subscription"));
        String end = doc.path("current_period_end").asString("");
        return new Subscription(SubscriptionStatus.ofCode(doc.path("status").asString("")), doc.path("plan").asString(""),
                end.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(end)));
    }

    /** A Stripe Checkout URL to subscribe. */
    public String checkoutUrl() throws IOException, ApiException {
        return url(calls.call(post("billing/create-checkout", Map.of())));
    }

    /** A Stripe customer-portal URL to manage billing. */
    public String portalUrl() throws IOException, ApiException {
        return url(calls.call(post("billing/portal", Map.of())));
    }

    /** Pushes one batch; {@code signals} are the JSON documents of the {@code Signal} schema. */
    public PushResponse pushSignals(String idempotencyKey, List<String> signals) throws IOException, ApiException {
        ObjectNode body = JsonCalls.JSON.createObjectNode();
        ArrayNode array = body.putArray("signals");
        for (String s : signals) {
            array.add(JsonCalls.JSON.readTree(s));
        }
        Request request = new Request.Builder().url(base.resolve("v1/signals"))
                .header("Idempotency-Key", idempotencyKey).post(JsonCalls.body(body)).build();
        JsonNode doc = calls.call(request);
        List<String> accepted = new ArrayList<>();
        doc.path("accepted").forEach(id -> accepted.add(id.asString()));
        return new PushResponse(accepted, doc.path("duplicates").asInt(0));
    }

    /** Stored signals after the cursor {@code since} (0: from the start). */
    public SignalPage signalsSince(long since, int limit) throws IOException, ApiException {
        Request request = new Request.Builder().url(base.resolve("v1/signals").newBuilder()
                .addQueryParameter("since", Long.toString(since)).addQueryParameter("limit", Integer.toString(limit)).build())
                .get().build();
        JsonNode doc = calls.call(request);
        List<JsonNode> signals = new ArrayList<>();
        doc.path("signals").forEach(signals::add);
        return new SignalPage(signals, doc.path("next_since").asLong(since));
    }

    private Request get(String path) {
        return new Request.Builder().url(base.resolve(path)).get().build();
    }

    private Request post(String path, Map<String, Object> document) {
        return new Request.Builder().url(base.resolve(path)).post(JsonCalls.body(document)).build();
    }

    private static String url(JsonNode doc) throws IOException {
        String url = doc.path("url").asString("");
        if (!url.startsWith("https://") && !url.startsWith("http://")) {
            throw new IOException("the server answered without a browser URL");
        }
        return url;
    }
}
