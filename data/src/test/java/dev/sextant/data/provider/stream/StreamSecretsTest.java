package dev.sextant.data.provider.stream;

import static dev.sextant.data.provider.stream.FakeAlpaca.bar;
import static dev.sextant.engine.spi.StreamStatus.CONNECTED;
import static dev.sextant.engine.spi.StreamStatus.FAILED;
import static dev.sextant.engine.spi.StreamStatus.STOPPED;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The keys never reach a log line or a status detail, even when the provider echoes them back in
 * its error messages: every captured line and detail is searched for both halves of the key pair.
 */
class StreamSecretsTest extends AlpacaStreamTestBase {

    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private Logger logger;
    private Level levelBefore;

    @BeforeEach
    void captureLogs() {
        logger = (Logger) LoggerFactory.getLogger("dev.sextant");
        levelBefore = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false);
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void releaseLogs() {
        logger.detachAppender(logs);
        logger.setLevel(levelBefore);
        logger.setAdditive(true);
    }

    @Test
    void keysEchoedByTheProviderAreRedactedFromLogsAndStatuses() throws Exception {
        String echo = "key " + FakeAlpaca.KEY_ID + " secret " + FakeAlpaca.SECRET;
        started("SPY");
        FakeAlpaca.Connection first = alpaca.nextConnection();
        first.send(bar("b", "SPY", minute(30)));
        listener.awaitBars(1);
        alpaca.restFailureCode = 403;
        alpaca.restFailure = "{\"message\":\"forbidden for " + echo + "\"}";
        clock.set(Instant.parse("2026-12-07T14:33:10Z"));

        first.send("{\"T\":\"error\",\"code\":500,\"msg\":\"internal error for " + echo + "\"}");
        FakeAlpaca.Connection second = alpaca.nextConnection();
        listener.awaitStatusCount(CONNECTED, 3);
        second.send("{\"T\":\"error\",\"code\":402,\"msg\":\"auth failed for " + echo + "\"}");
        listener.awaitStatus(FAILED);
        stream.close();
        listener.awaitStatus(STOPPED);

        List<String> seen = new ArrayList<>();
        listener.statuses().forEach(s -> seen.add(s.status() + " " + s.detail()));
        logs.list.forEach(e -> seen.add(e.getFormattedMessage()
                + (e.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(e.getThrowableProxy()))));
        assertThat(String.join("\n", seen)).doesNotContain(FakeAlpaca.SECRET).doesNotContain(FakeAlpaca.KEY_ID);
        assertThat(seen).anyMatch(line -> line.startsWith("RECONNECTING Alpaca error 500 internal error for key *** secret ***"))
                .anyMatch(line -> line.startsWith("CONNECTED live, but the backfill") && line.contains("forbidden for key *** secret ***"))
                .anyMatch(line -> line.startsWith("FAILED Alpaca refused the keys (402 auth failed for key *** secret ***)"))
                .anyMatch(line -> line.startsWith("alpaca: backfill of SPY"));
    }
}
