package dev.sextant.data.provider.stream;

import java.io.Closeable;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import javax.net.ServerSocketFactory;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import okhttp3.HttpUrl;
import okhttp3.Response;
import okhttp3.WebSocket;
import okhttp3.WebSocketListener;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A scripted stand-in for Alpaca on loopback: the market-data websocket ({@code /v2/iex}: greeting,
 * auth, subscription) and the REST bars ({@code /v2/stocks/SYM/bars}, filtered by start and end and
 * paged by {@code pageSize}). Tests take each subscribed connection from {@link #connections} and
 * script what it sends. Bars are a fixed function of symbol and minute ({@link #bar}), or given
 * ({@link #bar(String, String, Instant, double, double, double, double, double)}). Public for the workstation's tests
 * (data's test jar).
 */
public final class FakeAlpaca implements Closeable {

    public static final String KEY_ID = "PKTESTKEYID0001";
    public static final String SECRET = "s3cr3tAlpacaSecretValue";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** One subscribed connection, server side. */
    public record Connection(WebSocket socket) {

        public void send(String... messages) {
            socket.send("[" + String.join(",", messages) + "]");
        }
    }

    /** What the server answers to a connection's auth message; empty means success. */
    private final AtomicReference<Function<Integer, String>> authError = new AtomicReference<>(n -> "");
    private final MockWebServer server = new MockWebServer();
    final BlockingQueue<Connection> connections = new LinkedBlockingQueue<>();
    final List<String> clientMessages = Collections.synchronizedList(new ArrayList<>());
    final List<RecordedRequest> restRequests = Collections.synchronizedList(new ArrayList<>());
    final BlockingQueue<Integer> closeCodes = new LinkedBlockingQueue<>();
    private volatile int socketRequests;
    volatile int pageSize = 2;
    volatile Instant historyFrom = Instant.parse("2026-12-07T14:00:00Z");
    volatile Instant historyTo = Instant.parse("2026-12-07T15:00:00Z");
    /** When set, the REST endpoint answers this status and body instead of bars. */
    volatile String restFailure = "";
    volatile int restFailureCode;

    private final List<Socket> accepted = Collections.synchronizedList(new ArrayList<>());

    public FakeAlpaca() throws IOException {
        server.setServerSocketFactory(new ServerSocketFactory() {
            @Override
            public ServerSocket createServerSocket() throws IOException {
                return new ServerSocket() {
                    @Override
                    public Socket accept() throws IOException {
                        Socket socket = super.accept();
                        accepted.add(socket);
                        return socket;
                    }
                };
            }

            @Override
            public ServerSocket createServerSocket(int port) {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog) {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }

            @Override
            public ServerSocket createServerSocket(int port, int backlog, InetAddress address) {
                throw new UnsupportedOperationException("MockWebServer binds an unbound socket");
            }
        });
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                if (path.equals("/v2/iex")) {
                    int n = ++socketRequests;
                    return new MockResponse.Builder().webSocketUpgrade(new ServerSide(n)).build();
                }
                if (path.startsWith("/v2/stocks/") && path.endsWith("/bars")) {
                    restRequests.add(request);
                    return bars(request);
                }
                return new MockResponse.Builder().code(404).build();
            }
        });
        server.start();
    }

    /** Resets every TCP connection accepted so far (no close frame), as a network drop does. */
    public void dropConnections() throws IOException {
        synchronized (accepted) {
            for (Socket socket : accepted) {
                socket.setSoLinger(true, 0);
                socket.close();
            }
            accepted.clear();
        }
    }

    /** The websocket base for {@link AlpacaSettings#streamUrl()}. */
    public String streamUrl() {
        return server.url("/v2").toString().replaceFirst("^http", "ws");
    }

    public HttpUrl restUrl() {
        return server.url("/");
    }

    public int socketRequests() {
        return socketRequests;
    }

    /** Connection number n (from 1) gets this error to its auth instead of success. */
    void refuseAuth(Function<Integer, String> errorOfConnection) {
        authError.set(errorOfConnection);
    }

    public Connection nextConnection() throws InterruptedException {
        Connection c = connections.poll(10, TimeUnit.SECONDS);
        if (c == null) {
            throw new AssertionError("no subscribed connection within 10 s");
        }
        return c;
    }

    /** The bar of {@code symbol} for {@code minute} as Alpaca sends it ({@code type} "b" or "u"). */
    static String bar(String type, String symbol, Instant minute) {
        double[] v = values(symbol, minute);
        return bar(type, symbol, minute, v[0], v[1], v[2], v[3], v[4]);
    }

    /** A bar of {@code symbol} for {@code minute} with these values, as Alpaca sends it ({@code type} "b" or "u"). */
    public static String bar(String type, String symbol, Instant minute, double open, double high, double low, double close,
            double volume) {
        return String.format(Locale.ROOT, "{\"T\":\"%s\",\"S\":\"%s\",\"o\":%s,\"h\":%s,\"l\":%s,\"c\":%s,\"v\":%s,"
                + "\"t\":\"%s\",\"n\":12,\"vw\":%s}", type, symbol, open, high, low, close, volume, minute, close);
    }

    /** o, h, l, c, v of the fixed bar of {@code symbol} at {@code minute}. */
    static double[] values(String symbol, Instant minute) {
        double base = symbol.chars().sum() + minute.getEpochSecond() / 60 % 1000 * 0.25;
        return new double[] {base, base + 0.75, base - 0.5, base + 0.25, 100 + minute.getEpochSecond() / 60 % 97};
    }

    private MockResponse bars(RecordedRequest request) {
        if (!restFailure.isEmpty()) {
            return new MockResponse.Builder().code(restFailureCode).setHeader("Content-Type", "application/json")
                    .body(restFailure).build();
        }
        HttpUrl url = request.getUrl();
        String symbol = url.pathSegments().get(2);
        Instant start = Instant.parse(url.queryParameter("start"));
        Instant end = Instant.parse(url.queryParameter("end"));
        List<Instant> minutes = new ArrayList<>();
        for (Instant m = historyFrom; !m.isAfter(historyTo); m = m.plus(Duration.ofMinutes(1))) {
            if (!m.isBefore(start) && !m.isAfter(end)) {
                minutes.add(m);
            }
        }
        String token = url.queryParameter("page_token");
        int offset = token == null ? 0 : Integer.parseInt(token.substring(1));
        ObjectNode body = JSON.createObjectNode();
        ArrayNode array = body.putArray("bars");
        for (Instant m : minutes.subList(offset, Math.min(minutes.size(), offset + pageSize))) {
            ObjectNode bar = (ObjectNode) JSON.readTree(bar("b", symbol, m));
            bar.remove("T");
            bar.remove("S");
            array.add(bar);
        }
        body.put("symbol", symbol);
        if (offset + pageSize < minutes.size()) {
            body.put("next_page_token", "p" + (offset + pageSize));
        } else {
            body.putNull("next_page_token");
        }
        return new MockResponse.Builder().setHeader("Content-Type", "application/json; charset=utf-8")
                .body(body.toString()).build();
    }

    @Override
    public void close() {
        server.close();
    }

    private final class ServerSide extends WebSocketListener {

        private final int number;

        ServerSide(int number) {
            this.number = number;
        }

        @Override
        public void onOpen(WebSocket webSocket, Response response) {
            webSocket.send("[{\"T\":\"success\",\"msg\":\"connected\"}]");
        }

        @Override
        public void onMessage(WebSocket webSocket, String text) {
            clientMessages.add(text);
            JsonNode m = JSON.readTree(text);
            switch (m.path("action").asString("")) {
                case "auth" -> {
                    String error = authError.get().apply(number);
                    boolean keysMatch = m.path("key").asString("").equals(KEY_ID) && m.path("secret").asString("").equals(SECRET);
                    if (!error.isEmpty()) {
                        webSocket.send("[" + error + "]");
                        webSocket.close(1008, "auth failed");
                    } else if (!keysMatch) {
                        webSocket.send("[{\"T\":\"error\",\"code\":402,\"msg\":\"auth failed\"}]");
                        webSocket.close(1008, "auth failed");
                    } else {
                        webSocket.send("[{\"T\":\"success\",\"msg\":\"authenticated\"}]");
                    }
                }
                case "subscribe" -> {
                    ObjectNode ack = JSON.createObjectNode();
                    ack.put("T", "subscription");
                    ack.putArray("trades");
                    ack.putArray("quotes");
                    ack.set("bars", m.path("bars"));
                    ack.set("updatedBars", m.path("updatedBars"));
                    webSocket.send("[" + ack + "]");
                    connections.add(new Connection(webSocket));
                }
                default -> webSocket.send("[{\"T\":\"error\",\"code\":400,\"msg\":\"invalid syntax\"}]");
            }
        }

        @Override
        public void onClosing(WebSocket webSocket, int code, String reason) {
            closeCodes.add(code);
            webSocket.close(1000, null);
        }
    }
}
