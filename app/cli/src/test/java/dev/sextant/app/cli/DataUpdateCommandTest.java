package dev.sextant.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.sextant.data.actions.JooqCorporateActionRepository;
import dev.sextant.data.bars.JooqBarRepository;
import dev.sextant.data.db.Database;
import dev.sextant.engine.market.CorporateAction;
import dev.sextant.engine.market.PriceColumns;
import dev.sextant.engine.market.Timeframe;
import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.slf4j.LoggerFactory;

/** {@code sextant data update} end to end: a real H2 home, a local server answering like the provider. */
class DataUpdateCommandTest {

    private static final String STORED = "Date,Open,High,Low,Close,Adj Close,Volume\n"
            + "2024-02-28,100,101,99,100,100,1000\n"
            + "2024-02-29,101,103,100,102,102,1000\n"
            + "2024-03-01,103,105,102,104,104,1000\n";
    private static final String KEY = "PK-SECRET-0123456789";

    @TempDir
    Path dir;
    Path home;
    MockWebServer server;
    Map<String, MockResponse> answers;

    @BeforeEach
    void setUp() throws IOException {
        home = dir.resolve("home");
        server = new MockWebServer();
        answers = new java.util.concurrent.ConcurrentHashMap<>();
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                String path = request.getUrl().encodedPath();
                String symbol = path.contains("/chart/") ? path.substring(path.lastIndexOf('/') + 1)
                        : path.split("/")[4];
                return answers.getOrDefault(symbol, new MockResponse.Builder().code(500).body("unexpected " + path).build());
            }
        });
        server.start();
        System.setProperty("sextant.provider.yahoo.url", server.url("/").toString());
        System.setProperty("sextant.provider.polygon.url", server.url("/").toString());
        sextant("settings", "set", "provider.yahoo.requests-per-minute", "6000");
        sextant("settings", "set", "provider.polygon.requests-per-minute", "6000");
    }

    @AfterEach
    void tearDown() {
        System.clearProperty("sextant.provider.yahoo.url");
        System.clearProperty("sextant.provider.polygon.url");
        server.close();
    }

    private CliRun sextant(String... args) {
        return CliRun.of(Stream.concat(Stream.of("--home", home.toString(), "--no-sample-data"), Stream.of(args))
                .toArray(String[]::new));
    }

    private void store(String symbol) throws IOException {
        Path f = dir.resolve("in").resolve(symbol + ".csv");
        Files.createDirectories(f.getParent());
        Files.writeString(f, STORED);
        assertThat(sextant("data", "import", f.toString()).exitCode()).isZero();
    }

    private static String fixture(String name) {
        try (InputStream in = DataUpdateCommandTest.class.getResourceAsStream("/providers/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static MockResponse answer(int code, String contentType, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", contentType).body(body).build();
    }

    private static MockResponse yahooChart(String symbol) {
        return answer(200, "application/json", fixture("yahoo-chart-daily.json").replace("\"symbol\":\"ABC\"", "\"symbol\":\"" + symbol + "\""));
    }

    private record Snapshot(Optional<PriceColumns> bars, List<CorporateAction> actions) {
    }

    private Snapshot snapshot(String symbol) {
        try (Database db = Database.open(home)) {
            return new Snapshot(new JooqBarRepository(db.dsl()).load(symbol, Timeframe.DAILY),
                    new JooqCorporateActionRepository(db.dsl()).actions(symbol));
        }
    }

    @Test
    void fetchesFromTheDayAfterTheLastStoredBarRecordsActionsAndReadjusts() throws Exception {
        store("ABC");
        answers.put("ABC", yahooChart("ABC"));

        CliRun run = sextant("data", "update", "--symbols", "ABC");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("ABC\\s+updated\\s+2024-03-02\\s+3\\s+3\\s+1\\s+2\\s+2024-03-06");
        assertThat(run.out()).contains("yahoo 1d: 1 updated, 0 up to date, 0 failed, 0 not attempted (offline)");
        RecordedRequest request = server.takeRequest();
        long expectedStart = LocalDate.of(2024, 3, 2).atStartOfDay(ZoneId.of("America/New_York")).toEpochSecond();
        assertThat(request.getUrl().queryParameter("period1")).isEqualTo(Long.toString(expectedStart));

        Snapshot after = snapshot("ABC");
        PriceColumns bars = after.bars().orElseThrow();
        assertThat(bars.close()).containsExactly(50, 51, 52, 53, 54, 55); // stored bars halved by the 2:1 split
        assertThat(bars.volume()[0]).isEqualTo(2000);
        double f4 = 1 - 1.0 / 52;  // 2.00 as paid on 2024-03-04 = 1.00 after the split, over the close of 2024-03-01
        double f6 = 1 - 0.5 / 54;  // 0.50 on 2024-03-06 over the close of 2024-03-05
        assertThat(bars.adjClose()[0]).isCloseTo(50 * f4 * f6, within(1e-9));
        assertThat(bars.adjClose()[3]).isCloseTo(53 * f6, within(1e-9));
        assertThat(bars.adjClose()[5]).isEqualTo(55);
        assertThat(after.actions()).containsExactly(CorporateAction.dividend(LocalDate.of(2024, 3, 4), 2.0),
                CorporateAction.split(LocalDate.of(2024, 3, 5), 2.0), CorporateAction.dividend(LocalDate.of(2024, 3, 6), 0.5));

        CliRun again = sextant("data", "update", "--symbols", "ABC", "--from", "2024-03-04", "--json", "-");
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("\"status\" : \"UP_TO_DATE\"");
        assertThat(snapshot("ABC").bars().orElseThrow().adjClose()).containsExactly(bars.adjClose());
    }

    static Stream<Arguments> badAnswers() {
        return Stream.of(
                Arguments.of("error body", answer(404, "application/json", fixture("yahoo-not-found.json")),
                        "failed yahoo: BAD: HTTP 404: Not Found: No data found, symbol may be delisted"),
                Arguments.of("wrong content type", answer(200, "text/html", "<html>Will be right back</html>"),
                        "failed yahoo: BAD: expected JSON but got content type 'text/html': <html>Will be right back</html>"),
                Arguments.of("malformed JSON", answer(200, "application/json", "{\"chart\":{\"result\":[{"),
                        "failed yahoo: BAD: malformed JSON at line 1 column "),
                Arguments.of("inconsistent bars", answer(200, "application/json",
                                fixture("yahoo-chart-daily.json").replace("\"low\":[52.1", "\"low\":[60.0")),
                        "failed yahoo: BAD: bar 2024-03-04: high 53.4 / low 60.0 do not contain open 52.5 and close 53.0"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badAnswers")
    void aFailingSymbolIsReportedLeavesItsDataUnchangedAndTheOthersAreUpdated(String what, MockResponse bad, String message)
            throws IOException {
        store("ABC");
        store("BAD");
        Snapshot before = snapshot("BAD");
        answers.put("ABC", yahooChart("ABC"));
        answers.put("BAD", bad);

        CliRun run = sextant("data", "update", "--symbols", "ABC,BAD");

        assertThat(run.exitCode()).as("one symbol was updated").isZero();
        assertThat(run.err()).contains(message);
        assertThat(run.out()).containsPattern("BAD\\s+failed").contains("1 updated, 0 up to date, 1 failed");
        Snapshot after = snapshot("BAD");
        assertThat(after.bars().orElseThrow().time()).containsExactly(before.bars().orElseThrow().time());
        assertThat(after.bars().orElseThrow().adjClose()).containsExactly(before.bars().orElseThrow().adjClose());
        assertThat(after.actions()).isEmpty();
        assertThat(snapshot("ABC").actions()).hasSize(3);
    }

    @Test
    void weeklyBarsAreNotUpdatedBecauseTheyAreNeverStored() {
        CliRun run = sextant("data", "update", "--symbols", "ABC", "--timeframe", "1w");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("sextant: --timeframe 1w: weekly and monthly bars are built from 1d bars, never stored");
    }

    @Test
    void onlyFailuresExitWithOne() throws IOException {
        store("BAD");
        answers.put("BAD", answer(404, "application/json", fixture("yahoo-not-found.json")));

        CliRun run = sextant("data", "update", "--symbols", "BAD");

        assertThat(run.exitCode()).isEqualTo(1);
    }

    @Test
    void withoutANetworkItSaysSoOnceKeepsTheLocalDataAndExitsOne() throws IOException {
        store("ABC");
        store("XYZ");
        Snapshot before = snapshot("ABC");
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        System.setProperty("sextant.provider.yahoo.url", "http://127.0.0.1:" + closedPort + "/");

        CliRun run = sextant("data", "update");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err().split("Network unreachable", -1)).as(run.err()).hasSize(2);
        assertThat(run.err()).contains("cannot connect to 127.0.0.1:" + closedPort)
                .contains("working from the local database; nothing was changed.");
        assertThat(run.out()).containsPattern("ABC\\s+offline").containsPattern("XYZ\\s+offline")
                .contains("0 updated, 0 up to date, 0 failed, 2 not attempted (offline)");
        assertThat(snapshot("ABC").bars().orElseThrow().close()).containsExactly(before.bars().orElseThrow().close());
        assertThat(sextant("data", "list").out()).contains("ABC").contains("XYZ");
    }

    @Test
    void theApiKeyAppearsNeitherInMessagesNorInLogs() throws IOException {
        store("ABC");
        sextant("settings", "set", "provider.polygon.apikey", KEY);
        answers.put("ABC", answer(401, "application/json", fixture("polygon-unknown-key.json").replace("Unknown API Key",
                "Unknown API Key " + KEY)));
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        Level level = root.getLevel();
        ListAppender<ILoggingEvent> logs = new ListAppender<>();
        logs.start();
        root.addAppender(logs);
        root.setLevel(Level.DEBUG);
        CliRun run;
        try {
            run = sextant("data", "update", "--symbols", "ABC", "--provider", "polygon", "--json", "-");
        } finally {
            root.setLevel(level);
            root.detachAppender(logs);
        }

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("failed polygon: ABC: HTTP 401: Unknown API Key ***");
        assertThat(run.out() + run.err()).doesNotContain(KEY);
        assertThat(logs.list).isNotEmpty().allSatisfy(e -> assertThat(e.getFormattedMessage()).doesNotContain(KEY));
        assertThat(sextant("settings", "list").out()).containsPattern("provider.polygon.apikey\\s+\\*{8}").doesNotContain(KEY);
        assertThat(sextant("settings", "get", "provider.polygon.apikey").out().strip()).isEqualTo("********");
    }
}
