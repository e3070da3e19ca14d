package dev.sextant.sync.server;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A local stand-in for the three Stripe endpoints the server calls, answering with Stripe's documented object shapes
 * (customer, checkout.session, billing_portal.session). It checks what a Checkout Session must be: subscription mode,
 * the trial days, a card required, one price. A request that breaks that gets Stripe's error shape and a 400.
 */
final class StripeStandIn implements AutoCloseable {

    /** One request as received: path, the form parameters, the bearer key. */
    record Call(String path, Map<String, String> form, String authorization) {
    }

    static final String CUSTOMER = "cus_standin0001";

    private final HttpServer http;
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final String expectedPrice;

    StripeStandIn(String expectedPrice) {
        this.expectedPrice = expectedPrice;
        try {
            http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 16);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        http.createContext("/", this::answer);
        http.start();
    }

    String apiBase() {
        return "http://127.0.0.1:" + http.getAddress().getPort();
    }

    List<Call> calls() {
        return List.copyOf(calls);
    }

    private void answer(HttpExchange ex) throws IOException {
        try (ex) {
            Map<String, String> form = form(new String(ex.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            String path = ex.getRequestURI().getPath();
            calls.add(new Call(path, form, ex.getRequestHeaders().getFirst("Authorization")));
            switch (ex.getRequestMethod() + " " + path) {
                case "POST /v1/customers" -> send(ex, 200, """
                        {"id":"%s","object":"customer","email":"%s","livemode":false,"metadata":{"account_id":"%s"}}"""
                        .formatted(CUSTOMER, form.get("email"), form.get("metadata[account_id]")));
                case "POST /v1/checkout/sessions" -> {
                    List<String> wrong = new ArrayList<>();
                    expect(form, "mode", "subscription", wrong);
                    expect(form, "subscription_data[trial_period_days]", "7", wrong);
                    expect(form, "payment_method_collection", "always", wrong);
                    expect(form, "line_items[0][price]", expectedPrice, wrong);
                    expect(form, "line_items[0][quantity]", "1", wrong);
                    expect(form, "customer", CUSTOMER, wrong);
                    if (!wrong.isEmpty()) {
                        send(ex, 400, """
                                {"error":{"type":"invalid_request_error","message":"stand-in: %s"}}""".formatted(String.join("; ", wrong)));
                        return;
                    }
                    send(ex, 200, """
                            {"id":"cs_test_standin","object":"checkout.session","mode":"subscription","customer":"%s",\
                            "client_reference_id":"%s","status":"open","url":"https://checkout.stripe.com/c/pay/cs_test_standin"}"""
                            .formatted(CUSTOMER, form.get("client_reference_id")));
                }
                case "POST /v1/billing_portal/sessions" -> send(ex, 200, """
                        {"id":"bps_standin","object":"billing_portal.session","customer":"%s","return_url":"%s",\
                        "url":"https://billing.stripe.com/p/session/test_standin"}""".formatted(form.get("customer"), form.get("return_url")));
                default -> send(ex, 404, """
                        {"error":{"type":"invalid_request_error","message":"stand-in: no %s"}}""".formatted(path));
            }
        }
    }

    private static void expect(Map<String, String> form, String name, String value, List<String> wrong) {
        if (!value.equals(form.get(name))) {
            wrong.add(name + " must be " + value + ", got " + form.get(name));
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> m = new LinkedHashMap<>();
        if (!body.isEmpty()) {
            for (String pair : body.split("&")) {
                String[] kv = pair.split("=", 2);
                m.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length == 2 ? URLDecoder.decode(kv[1], StandardCharsets.UTF_8) : "");
            }
        }
        return m;
    }

    private static void send(HttpExchange ex, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().set("Content-Type", "application/json");
        ex.getResponseHeaders().set("Request-Id", "req_standin");
        ex.sendResponseHeaders(status, bytes.length);
        ex.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        http.stop(0);
    }
}
