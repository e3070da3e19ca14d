package dev.sextant.sync.server.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends each request to its {@link Endpoint} and turns every failure into a JSON Error answer (never a dropped
 * connection). Also: the client address (from {@code X-Forwarded-For} only behind a proxy), HTTPS required behind a
 * TLS-terminating proxy, and CORS for one configured origin (off by default).
 */
public final class Router implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Router.class);

    private final Map<String, Map<String, Endpoint>> routes = new LinkedHashMap<>();
    private final boolean behindTlsProxy;
    private final Optional<String> corsOrigin;

    public Router(boolean behindTlsProxy, Optional<String> corsOrigin) {
        this.behindTlsProxy = behindTlsProxy;
        this.corsOrigin = corsOrigin;
    }

    public Router route(String method, String path, Endpoint endpoint) {
        routes.computeIfAbsent(path, p -> new LinkedHashMap<>()).put(method, endpoint);
        return this;
    }

    @Override
    public void handle(HttpExchange http) throws IOException {
        try (http) {
            Exchange exchange = new Exchange(http, clientOf(http));
            try {
                dispatch(http, exchange);
            } catch (ApiError e) {
                e.retryAfter().ifPresent(d -> exchange.setHeader("Retry-After", Long.toString(Math.max(1, (d.toMillis() + 999) / 1000))));
                exchange.send(e.status(), Map.of("error", e.code(), "message", e.getMessage()));
            } catch (RuntimeException e) {
                LOG.error("{} {} failed", http.getRequestMethod(), http.getRequestURI().getPath(), e);
                exchange.send(500, Map.of("error", "internal", "message", "the server failed; try again later"));
            }
        }
    }

    private void dispatch(HttpExchange http, Exchange exchange) throws IOException {
        String method = http.getRequestMethod();
        String path = http.getRequestURI().getPath();
        Optional<String> origin = exchange.header("Origin");
        boolean corsAllowed = corsOrigin.isPresent() && origin.equals(corsOrigin);
        if (corsAllowed) {
            exchange.setHeader("Access-Control-Allow-Origin", corsOrigin.get());
            exchange.setHeader("Vary", "Origin");
        }
        if (behindTlsProxy && !exchange.client().isLoopbackAddress()
                && !exchange.header("X-Forwarded-Proto").map("https"::equalsIgnoreCase).orElse(false)) {
            throw new ApiError(403, "https_required", "this server answers only requests that reached the proxy over HTTPS");
        }
        Map<String, Endpoint> byMethod = routes.get(path);
        if (byMethod == null) {
            throw new ApiError(404, "not_found", "no such endpoint: " + method + " " + path);
        }
        if (method.equals("OPTIONS") && corsAllowed) {
            exchange.setHeader("Access-Control-Allow-Methods", String.join(", ", byMethod.keySet()));
            exchange.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type, Idempotency-Key");
            exchange.setHeader("Access-Control-Max-Age", "600");
            exchange.sendEmpty(204);
            return;
        }
        Endpoint endpoint = byMethod.get(method);
        if (endpoint == null) {
            exchange.setHeader("Allow", String.join(", ", byMethod.keySet()));
            throw new ApiError(405, "method_not_allowed", method + " is not allowed on " + path);
        }
        endpoint.handle(exchange);
    }

    private InetAddress clientOf(HttpExchange http) {
        InetAddress peer = http.getRemoteAddress().getAddress();
        if (!behindTlsProxy) {
            return peer;
        }
        String forwarded = http.getRequestHeaders().getFirst("X-Forwarded-For");
        if (forwarded == null || forwarded.isBlank()) {
            return peer;
        }
        String first = forwarded.split(",")[0].strip();
        try {
            return first.matches("[0-9a-fA-F:.]+") ? InetAddress.getByName(first) : peer;
        } catch (UnknownHostException e) {
            return peer;
        }
    }
}
